# A three-way cycle a -> b -> c -> a: finalizers run in allocation order.
import gc

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)

a, b, c = N("a"), N("b"), N("c")
a.next, b.next, c.next = b, c, a
del a, b, c
print(gc.collect())
