# Refcounts as an object is placed in lists, tuples, dicts (keys and values), sets, and removed again.
import sys
class Obj:
    pass
o = Obj()
base = sys.getrefcount(o)
print("base", base)
l = [o, o, o]
print("in list x3:", sys.getrefcount(o) - base)
t = (o, l)
print("plus tuple:", sys.getrefcount(o) - base)
d = {"k": o, o: "v"}
print("plus dict key and value:", sys.getrefcount(o) - base)
s = {o}
print("plus set:", sys.getrefcount(o) - base)
l.pop()
print("after pop:", sys.getrefcount(o) - base)
l.clear()
print("after clear:", sys.getrefcount(o) - base)
del d["k"]
print("after del value:", sys.getrefcount(o) - base)
d.clear()
s.discard(o)
print("after dict clear and set discard:", sys.getrefcount(o) - base)
del t
print("after del tuple:", sys.getrefcount(o) - base)
big = [o] * 100
print("list * 100:", sys.getrefcount(o) - base)
big2 = big[:]
print("slice copy:", sys.getrefcount(o) - base)
del big, big2
nested = [[o], [[o]]]
print("nested:", sys.getrefcount(o) - base)
nested[1][0].append(o)
print("appended deep:", sys.getrefcount(o) - base)
del nested
print("all gone:", sys.getrefcount(o) - base)
lst = [Obj() for _ in range(3)]
print([sys.getrefcount(x) for x in lst])
fs = frozenset([o])
dd = dict.fromkeys(["a", "b", "c"], o)
print("frozenset + fromkeys x3:", sys.getrefcount(o) - base)
