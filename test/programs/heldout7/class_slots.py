# __slots__: no __dict__, assignment errors, inheritance with and without slots, slot descriptors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.x.__class__.__name__, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.y
except AttributeError as e:
    print(e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(5)
q.z = 6
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(7)
r.w = 8
print(r.x, r.w, hasattr(r, "__dict__"))
try:
    r.v = 1
except AttributeError as e:
    print(e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)
class S:
    __slots__ = "single"
s = S()
s.single = "ok"
print(s.single, S.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(e)
class W:
    __slots__ = ("__weakref__",)
import weakref
w = W()
print(weakref.ref(w)() is w)
try:
    weakref.ref(p)
except TypeError as e:
    print(e)
