# Garbage collection of a reference cycle (notebook cell "Garbage Collection").
# node1 and node2 refer to each other, so after both `del`s each still has a
# refcount of 1: reference counting alone can never free them. Watch them stay
# in the Heap view (unreachable, in a GC generation) until gc.collect() finds
# the cycle and frees both: it returns 2.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

# Create a circular reference
node1 = Node(1)
node2 = Node(2)
node1.next = node2
node2.next = node1

# Delete the references to the nodes
del node1
del node2

# Force garbage collection
print(gc.collect())  # 2: the two Node objects of the cycle
