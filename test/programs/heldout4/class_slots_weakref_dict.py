# __slots__ with __dict__ and __weakref__, and slot inheritance rules
import weakref
class A:
    __slots__ = ("x",)
a = A()
try:
    weakref.ref(a)
except TypeError as e:
    print(e)
class B:
    __slots__ = ("x", "__weakref__")
b = B()
r = weakref.ref(b)
print(r() is b)
class C(A):
    __slots__ = ("y",)
c = C()
c.x, c.y = 1, 2
print(c.x, c.y, hasattr(c, "__dict__"), C.__slots__, A.__slots__)
class D(A):
    pass
d = D()
d.z = 3
print(d.__dict__, hasattr(D, "__weakref__"))
class E:
    __slots__ = ["a", "b"]
    def __init__(self):
        self.a = 1
e = E()
print(e.a, hasattr(e, "b"))
try:
    e.b
except AttributeError as err:
    print(err)
try:
    class F(int):
        __slots__ = ("v",)
except TypeError as err:
    print(err)
class G(tuple):
    __slots__ = ()
print(G((1, 2)), len(G()))
class H:
    __slots__ = "single"
print(H.__slots__, type(H.single).__name__)
import sys
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(C()), sys.getsizeof(D()) > sys.getsizeof(A()))
