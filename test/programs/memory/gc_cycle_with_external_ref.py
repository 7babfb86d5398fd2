# A cycle that is still reachable from a live name is not collected.
import gc
gc.collect()

class N:
    pass

a, b = N(), N()
a.other, b.other = b, a
keep = a
del a, b
print(gc.collect())
del keep
print(gc.collect())
