# reference counts across common operations
import sys
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
lst = [o]
print(sys.getrefcount(o))
tup = (o, o)
print(sys.getrefcount(o))
d = {"k": o, o: "v"}
print(sys.getrefcount(o))
def take(x):
    return sys.getrefcount(x)
print(take(o))
m = o.__class__
print(sys.getrefcount(o))
del lst, tup
print(sys.getrefcount(o))
d.clear()
print(sys.getrefcount(o))
it = iter([o])
print(sys.getrefcount(o))
next(it)
print(sys.getrefcount(o))
del it
print(sys.getrefcount(o))
s = {o}
fs = frozenset(s)
print(sys.getrefcount(o))
