# refcounts of class instances, attributes, bound methods
import sys
class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
    def method(self):
        return sys.getrefcount(self)
n = Node("root")
print(sys.getrefcount(n), n.method())
m = n.method
print(sys.getrefcount(n))
del m
print(sys.getrefcount(n))
child = Node("child")
n.children.append(child)
child.parent = n
print(sys.getrefcount(n), sys.getrefcount(child))
payload = [0] * 3
n.value = payload
child.value = payload
print(sys.getrefcount(payload))
n.value = None
print(sys.getrefcount(payload))
print(sys.getrefcount(Node) > 3)
