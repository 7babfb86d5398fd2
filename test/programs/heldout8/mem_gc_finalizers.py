# Cyclic garbage with __del__ (PEP 442): finalizers run once during gc.collect(), order within a cycle, resurrection.
import gc
gc.disable()
gc.collect()
log = []
class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
a, b = Fin("a"), Fin("b")
a.p, b.p = b, a
del a, b
print("collected:", gc.collect(), "finalized:", sorted(log))
log.clear()
c = Fin("solo")
del c
print("acyclic finalized immediately:", log)
log.clear()
saved = []
class Phoenix:
    def __del__(self):
        log.append("phoenix del")
        saved.append(self)
p = Phoenix()
p.me = p
del p
print("resurrecting collect:", gc.collect(), log, len(saved))
log.clear()
saved[0].me = None
saved.clear()
print("second time no __del__:", gc.collect(), log)
print("gc.garbage:", gc.garbage)
class Chain(Fin):
    pass
items = [Chain(str(i)) for i in range(4)]
for i in range(4):
    items[i].nxt = items[(i + 1) % 4]
del items
n = gc.collect()
print("chain of 4 collected:", n, "finalized:", sorted(log))
gc.enable()
