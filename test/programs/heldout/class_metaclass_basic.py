# metaclasses and type()
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name, [b.__name__ for b in bases])
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Derived(Base):
    pass
d = Derived(3)
print(d.v, Derived.created_by, type(Derived).__name__, isinstance(Derived, Meta))
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.__name__, Dyn.__bases__, type(Dyn))
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
print(type(5), type("s"), type([]), type(None), type(len), type(lambda: 0))
class WithRepr(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via meta>"
class X(metaclass=WithRepr):
    pass
print(X, repr(X), [X])
print(X.__class__.__name__, X.__name__, X.__qualname__, X.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner)
