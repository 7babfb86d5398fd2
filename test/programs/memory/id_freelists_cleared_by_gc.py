# A full gc.collect() empties the free lists: after it, a freed list's block can be
# reused by a dict, which lives in the same 64-byte size class.
import gc
gc.collect()
a = []
ida = id(a)
del a
b = []
print(id(b) == ida)
del b
gc.collect()
d = {}
print(id(d) == ida)
