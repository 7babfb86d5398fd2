# Weak references let a parent/child structure avoid a strong cycle.
import weakref, gc
gc.collect()

class Parent:
    def __init__(self):
        self.children = []
    def __del__(self):
        print("parent freed")

class Child:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)
        parent.children.append(self)

p = Parent()
c = Child(p)
print(c.parent() is p)
del p
print(c.parent())
print(gc.collect())
