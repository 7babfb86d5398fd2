# cycles, weakrefs and gc.collect interplay
import gc, weakref
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
ra = weakref.ref(a, lambda r: print("a gone"))
rb = weakref.ref(b)
del a, b
print(ra() is not None, rb().name)
print(gc.collect())
print(ra(), rb())
parent = Node("parent")
child = Node("child")
child.peer = weakref.ref(parent)
parent.peer = child
del parent
print(child.peer())
