# Freeing a list of instances by refcounting leaves nothing for gc.collect().
import gc

class Node:
    def __init__(self, v):
        self.v = v

nodes = [Node(i) for i in range(1000)]
gc.collect()
del nodes
print(gc.collect())
chain = None
for i in range(100):
    n = Node(i)
    n.next = chain
    chain = n
del n
chain = None
print(gc.collect())
