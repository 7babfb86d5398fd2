# gc.collect(generation) with 0, 1 and 2; invalid generations raise.
import gc
gc.collect()

def make_cycle():
    l = []
    l.append(l)

make_cycle()
print(gc.collect(0))
make_cycle()
make_cycle()
print(gc.collect(1))
make_cycle()
print(gc.collect(2))
try:
    gc.collect(3)
except ValueError as e:
    print(e)
