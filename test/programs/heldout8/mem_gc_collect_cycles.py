# gc.collect() return values: unreachable cycles of various shapes are counted; acyclic garbage is not.
import gc
gc.disable()
gc.collect()
class Node:
    pass
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print("two-node cycle (objects + dicts):", gc.collect())
l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())
x = Node()
x.me = x
del x
print("self-referencing instance:", gc.collect())
d = {}
d["d"] = d
del d
print("self-referencing dict:", gc.collect())
ring = [Node() for _ in range(10)]
for i, n in enumerate(ring):
    n.next = ring[(i + 1) % 10]
del ring, n
print("ring of 10:", gc.collect())
t = Node()
t.pair = ([t], {"k": t})
del t
print("cycle through containers:", gc.collect())
plain = [Node() for _ in range(5)]
del plain
print("acyclic garbage freed by refcount:", gc.collect())
class Slot:
    __slots__ = ("ref",)
s1, s2 = Slot(), Slot()
s1.ref = s2; s2.ref = s1
del s1, s2
print("slotted cycle (no dicts):", gc.collect())
def f():
    pass
f.self = f
del f
print("function cycle:", gc.collect() > 0)
print("nothing left:", gc.collect())
gc.enable()
print(gc.isenabled())
