# weakref.ref: dereferencing, dead refs, callbacks order and argument, ref identity reuse, getweakrefcount.
import weakref
import sys
class Target:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Target({self.name})"
t = Target("t")
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print(r1() is t, r1 is r2, weakref.getweakrefcount(t), r1 == r2)
base = sys.getrefcount(t)
print("weakref does not add a strong ref:", sys.getrefcount(t) - base)
events = []
def cb(ref):
    events.append(("cb", ref() is None, ref is r3))
r3 = weakref.ref(t, cb)
r4 = weakref.ref(t, lambda ref: events.append("lambda cb"))
print("with callbacks, distinct refs:", r3 is r1, weakref.getweakrefcount(t), len(weakref.getweakrefs(t)))
del t
print("after del:", r1(), r3(), events)
print("dead refs compare by identity:", r1 == r2, r1 == r3)
for bad in (1, "s", [], (), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
class Sub(list):
    pass
s = Sub([1])
rs = weakref.ref(s)
print(rs(), type(rs).__name__, callable(rs))
del s
print(rs())
u = Target("u")
ru = weakref.ref(u, lambda r: print("callback for u runs"))
u = None
print("after rebinding name")
v = Target("v")
rv = weakref.ref(v, lambda r: print("never: ref itself died first"))
del rv
del v
print("done")
