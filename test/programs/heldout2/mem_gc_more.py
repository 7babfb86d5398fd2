# reference cycles and gc.collect
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
def build(n):
    nodes = [Node(i) for i in range(n)]
    for a in nodes:
        for b in nodes:
            a.edges.append(b)
for size in (1, 2, 3):
    build(size)
    print(size, gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
class Holder:
    pass
h = Holder()
h.self = h
h.data = [h, {"h": h}]
del h
print(gc.collect())
def closure_cycle():
    def inner():
        return inner
    return inner
f = closure_cycle()
del f
print(gc.collect())
keep = Node("kept")
keep.edges.append(keep)
print(gc.collect())
del keep
print(gc.collect())
print(gc.collect())
