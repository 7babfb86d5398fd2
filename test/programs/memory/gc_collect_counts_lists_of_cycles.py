# Many small cycles are counted object by object.
import gc
gc.collect()

class Pair:
    pass

for i in range(10):
    x, y = Pair(), Pair()
    x.o, y.o = y, x
del x, y
print(gc.collect())
for i in range(5):
    l = [i]
    l.append(l)
del l
print(gc.collect())
