# Notebook cell In [None] with the value of the final expression printed (the notebook
# displays it): the two Node objects of the cycle -> 2.
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
print(gc.collect())
