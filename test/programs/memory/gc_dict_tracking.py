# Dicts start untracked, become tracked when a container is inserted, and are
# untracked again only by a full collection.
import gc
d = {}
print(gc.is_tracked(d))
d["a"] = 1
print(gc.is_tracked(d))
d["l"] = []
print(gc.is_tracked(d))
del d["l"]
print(gc.is_tracked(d))
gc.collect(0)
print(gc.is_tracked(d))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect(2)
print(gc.is_tracked(d))
e = {"x": (1, 2)}
print(gc.is_tracked(e))
