# refcounts of objects stored in various containers
import sys
o = object()
base = sys.getrefcount(o)
s = {o}
fs = frozenset([o])
t = (o, o)
d = {o: o}
l = [o] * 5
print(sys.getrefcount(o) - base)
del l
print(sys.getrefcount(o) - base)
d.clear()
print(sys.getrefcount(o) - base)
del s, fs, t
print(sys.getrefcount(o) - base)
class H:
    pass
h = H()
h.a = o
h.b = o
print(sys.getrefcount(o) - base)
del h
print(sys.getrefcount(o) - base)
