# Touching __dict__ materialises dict objects, which are collected too: 4.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

a = Node(1)
b = Node(2)
a.next = b
b.next = a
print(len(a.__dict__), len(b.__dict__))
del a, b
print(gc.collect())
