# Instances with __del__ in a cycle are finalised (PEP 442) and collected; gc.garbage stays empty.
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Res("a")
b = Res("b")
a.peer = b
b.peer = a
del a, b
print("collecting")
print(gc.collect())
print(gc.garbage)
