# Refcounts from instance attributes, class attributes, slots, and self references.
import sys
class Holder:
    pass
class Slotted:
    __slots__ = ("a", "b")
payload = object()
base = sys.getrefcount(payload)
h = Holder()
h.x = payload
print("instance attr:", sys.getrefcount(payload) - base)
h.y = payload
Holder.cls = payload
print("second attr + class attr:", sys.getrefcount(payload) - base)
s = Slotted()
s.a = payload
s.b = payload
print("two slots:", sys.getrefcount(payload) - base)
del s.a
print("after del slot:", sys.getrefcount(payload) - base)
del s
print("after del slotted object:", sys.getrefcount(payload) - base)
del h
print("after del holder:", sys.getrefcount(payload) - base)
del Holder.cls
print("after del class attr:", sys.getrefcount(payload) - base)
h2 = Holder()
hb = sys.getrefcount(h2)
h2.me = h2
print("self reference adds:", sys.getrefcount(h2) - hb)
m = h2.__init__
print("bound method holds self:", sys.getrefcount(h2) - hb)
del m
print("after del bound method:", sys.getrefcount(h2) - hb)
print("class refcount grows with instances:", end=" ")
cb = sys.getrefcount(Slotted)
objs = [Slotted() for _ in range(5)]
print(sys.getrefcount(Slotted) - cb)
del objs
print("instances freed:", sys.getrefcount(Slotted) - cb)
setattr(h2, "dyn", payload)
print("setattr:", sys.getrefcount(payload) - base)
h2.__dict__.clear()
print("dict cleared:", sys.getrefcount(payload) - base, sys.getrefcount(h2) - hb)
