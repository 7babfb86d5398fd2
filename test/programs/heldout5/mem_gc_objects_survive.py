# gc.collect results when cycles are reachable, unreachable, or hold finalizers
import gc
gc.collect()
class N:
    def __init__(self, label):
        self.label = label
        self.link = None
def cycle(label):
    a, b = N(label + "a"), N(label + "b")
    a.link, b.link = b, a
    return a
keep = cycle("kept")
print(gc.collect())
lost = cycle("lost")
del lost
print(gc.collect())
holder = [cycle("inlist")]
print(gc.collect())
holder.clear()
print(gc.collect())
class Fin(N):
    def __del__(self):
        print("finalizing", self.label)
f1, f2 = Fin("f1"), Fin("f2")
f1.link, f2.link = f2, f1
del f1, f2
print("collected", gc.collect())
print(gc.garbage)
d = {}
d["me"] = d
lst = [d]
del d
print(gc.collect())
del lst
print(gc.collect())
print(keep.link.label, keep.link.link is keep)
