# super() works in classmethods and properties too.
class A:
    @classmethod
    def name(cls):
        return "A:" + cls.__name__
    @property
    def label(self):
        return "A-label"
class B(A):
    @classmethod
    def name(cls):
        return "B>" + super().name()
    @property
    def label(self):
        return "B>" + super().label

print(B.name(), B().label)
