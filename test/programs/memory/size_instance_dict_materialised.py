# An instance __dict__ appears only when accessed; its size depends on the shared keys.
import sys

class Node:
    def __init__(self, v):
        self.value = v
        self.next = None

first = Node(1)
print(sys.getsizeof(first.__dict__))
others = [Node(i) for i in range(5)]
print(sys.getsizeof(others[-1].__dict__))
print(sys.getsizeof(first.__dict__))
many = [Node(i) for i in range(40)]
print(sys.getsizeof(many[-1].__dict__))
print(sys.getsizeof(vars(Node(0))))
