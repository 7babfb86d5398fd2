# Objects served from free lists do not change gc.get_count(); new ones do.
import gc
gc.collect()
d0 = gc.get_count()[0]
a = []
del a
b = []
d1 = gc.get_count()[0]
print(d1 - d0)
gc.collect()
d2 = gc.get_count()[0]
c = []
d3 = gc.get_count()[0]
print(d3 - d2)
