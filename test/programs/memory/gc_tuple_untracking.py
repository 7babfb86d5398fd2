# A tuple of untracked items is untracked by the next collection.
import gc
t = tuple([1, 2, 3])
print(gc.is_tracked(t))
gc.collect(0)
print(gc.is_tracked(t))
u = tuple([[1], 2])
gc.collect()
print(gc.is_tracked(u))
nested = tuple([tuple([1, 2]), 3])
print(gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect()
print(gc.is_tracked(nested), gc.is_tracked(nested[0]))
