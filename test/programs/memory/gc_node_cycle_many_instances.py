# The seed cycle repeated: 2 objects per pair as long as no __dict__ is created.
import gc
gc.collect()

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

for i in range(30):
    a, b = Node(i), Node(i)
    a.next, b.next = b, a
del a, b
print(gc.collect())
