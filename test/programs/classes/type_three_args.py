# type(name, bases, dict) creates classes dynamically.
def greet(self):
    return f"hi from {type(self).__name__}"

Base = type("Base", (), {"greet": greet, "kind": "base"})
Child = type("Child", (Base,), {"kind": "child", "__repr__": lambda self: "<Child>"})
c = Child()
print(c.greet(), c.kind, Base.kind, c)
print(Child.__mro__, Child.__name__, type(Child))
print(type(c) is Child, isinstance(c, Base))
