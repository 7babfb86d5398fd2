# gc.get_count changes with container allocations
import gc
gc.collect()
c0 = gc.get_count()
print(c0)
lists = [[] for _ in range(10)]
c1 = gc.get_count()
print(c1[0] - c0[0])
del lists
c2 = gc.get_count()
print(c2[0] - c0[0])
x = [1, 2]
y = (3, 4)
z = {"a": 1}
c3 = gc.get_count()
print(c3[0] - c2[0])
gc.collect()
print(gc.get_count())
