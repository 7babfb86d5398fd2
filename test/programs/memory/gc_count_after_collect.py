# After a full collection the young generation count starts from a small number.
import gc
gc.collect()
c0 = gc.get_count()
keep = [[] for _ in range(50)]
c1 = gc.get_count()
print(c1[0] - c0[0])
gc.collect()
print(gc.get_count())
