# The notebook's cycle: two Node instances referencing each other; gc.collect() finds 2.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

node1 = Node(1)
node2 = Node(2)
node1.next = node2
node2.next = node1
del node1
del node2
print(gc.collect())
print(gc.collect())
