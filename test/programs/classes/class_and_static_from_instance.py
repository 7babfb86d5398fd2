# classmethods receive the class even when called on an instance of a subclass.
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
    @staticmethod
    def helper():
        return "static"
class Derived(Base):
    pass

print(Base.create(), Derived.create(), Derived().create(), Derived().helper())
