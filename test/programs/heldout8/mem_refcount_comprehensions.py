# Refcounts inside and after comprehensions, generator expressions, and map/filter objects.
import sys
o = object()
base = sys.getrefcount(o)
lst = [o for _ in range(5)]
print("list comp x5:", sys.getrefcount(o) - base)
print("inside comprehension:", [sys.getrefcount(o) - base for _ in range(1)])
d = {i: o for i in range(3)}
s = {o for _ in range(3)}
print("dict comp x3 + set comp:", sys.getrefcount(o) - base)
del lst, d, s
print("after del:", sys.getrefcount(o) - base)
src = [o, o]
print("src list:", sys.getrefcount(o) - base)
g = (x for x in src)
print("unstarted genexp:", sys.getrefcount(o) - base)
first = next(g)
print("genexp suspended after first:", sys.getrefcount(o) - base)
del first
rest = list(g)
print("after exhausting into list:", sys.getrefcount(o) - base)
del rest, g
m = map(lambda v: v, src)
print("map object:", sys.getrefcount(o) - base)
out = list(m)
print("map result list:", sys.getrefcount(o) - base)
del out, m
f = filter(None, src)
print("filter object:", sys.getrefcount(o) - base, len(list(f)))
sb = sys.getrefcount(src)
g2 = (x for x in src)
print("genexp holds iterator over src:", sys.getrefcount(src) - sb)
del g2
print("freed:", sys.getrefcount(src) - sb)
