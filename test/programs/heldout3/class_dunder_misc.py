# __class__ assignment, __dict__ replacement, __hash__ = None, __eq__ NotImplemented on both sides
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
o = A()
o.__dict__ = {"x": 1}
print(o.x, vars(o))
o.__dict__["y"] = 2
print(o.y)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__ is None)
class X:
    def __eq__(self, other):
        print("X.__eq__")
        return NotImplemented
class Y:
    def __eq__(self, other):
        print("Y.__eq__")
        return NotImplemented
print(X() == Y())
print(X() != Y())
class Z:
    def __lt__(self, other):
        print("Z.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print("Z.__gt__")
        return NotImplemented
try:
    Z() < Z()
except TypeError as e:
    print(e)
class Sub(int):
    def __eq__(self, other):
        print("Sub.__eq__")
        return super().__eq__(other)
    __hash__ = int.__hash__
print(5 == Sub(5), Sub(5) == 5, {Sub(5): "s"}[5])
class Reflect:
    def __radd__(self, other):
        return f"radd({other!r})"
    def __rsub__(self, other):
        return f"rsub({other!r})"
print(1 + Reflect(), [1] + Reflect(), "s" - Reflect() if False else "x" + Reflect(), 2.5 - Reflect())
