# Instance attributes hold references; reassigning releases the old one.
import sys

class Node:
    def __init__(self, value):
        self.value = value

v = [1]
n1 = Node(v)
n2 = Node(v)
print(sys.getrefcount(v))
n1.value = None
print(sys.getrefcount(v))
del n2
print(sys.getrefcount(v))
