# __slots__ including '__dict__' allows dynamic attributes; slots in subclasses add up.
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(A):
    __slots__ = ("c", "__dict__")

b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"))
c = C()
c.a = 1
c.c = 2
c.extra = 3
print(c.a, c.c, c.__dict__)
try:
    class Bad(A):
        __slots__ = ("a",)
    print("redeclared slot accepted")
except TypeError as e:
    print(e)
