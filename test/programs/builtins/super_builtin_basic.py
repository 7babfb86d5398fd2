# super() with zero and two arguments.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super(B, self).who()
print(B().who(), C().who())
