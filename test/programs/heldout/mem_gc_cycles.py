# gc.collect() counts for reference cycles
import gc
gc.collect()
class Node:
    def __init__(self):
        self.ref = None
a = Node()
b = Node()
a.ref = b
b.ref = a
del a, b
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
x = [1, 2]
y = [x]
x.append(y)
del x, y
print(gc.collect())
print(gc.collect())
def make_cycle():
    n = Node()
    n.ref = n
for _ in range(5):
    make_cycle()
print(gc.collect())
