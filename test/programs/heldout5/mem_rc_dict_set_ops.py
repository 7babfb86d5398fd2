# refcounts of keys and values through dict and set operations
import sys
k = "".join(["ke", "y"])
v = [0]
print(sys.getrefcount(k), sys.getrefcount(v))
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d2 = dict(d)
print(sys.getrefcount(k), sys.getrefcount(v))
d2[k] = None
print(sys.getrefcount(k), sys.getrefcount(v))
d.update(d2)
print(sys.getrefcount(k), sys.getrefcount(v))
s = {k}
s2 = s | {k}
print(sys.getrefcount(k))
items = list(d.items())
print(sys.getrefcount(k))
del items, s, s2
print(sys.getrefcount(k))
d.pop(k)
print(sys.getrefcount(k), sys.getrefcount(v))
d2.clear()
print(sys.getrefcount(k))
fk = dict.fromkeys([k, k], v)
print(sys.getrefcount(k), sys.getrefcount(v))
