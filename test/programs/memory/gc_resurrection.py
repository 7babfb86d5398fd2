# A __del__ that stores self somewhere resurrects the object.
import gc
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

p = Phoenix("refcount")
del p
print(len(saved), saved[0].name)
saved.clear()
print("cleared; __del__ does not run twice")
a, b = Phoenix("a"), Phoenix("b")
a.o, b.o = b, a
del a, b
print(gc.collect())
print(sorted(x.name for x in saved))
