# gc.collect with generations and a graph of cycles
import gc
gc.collect()
class N:
    pass
def ring(k):
    nodes = [N() for _ in range(k)]
    for i, n in enumerate(nodes):
        n.next = nodes[(i + 1) % k]
ring(3)
print(gc.collect(0))
ring(4)
print(gc.collect(1))
ring(2)
print(gc.collect(2))
pair = [N(), N()]
pair[0].other = pair[1]
pair[1].other = pair[0]
keep = pair[0]
del pair
print(gc.collect())
del keep
print(gc.collect())
