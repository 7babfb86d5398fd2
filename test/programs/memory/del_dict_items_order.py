# Deallocating a dict releases values in insertion order; instance attributes too.
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

d = {"x": Loud("x"), "y": Loud("y"), "z": Loud("z")}
print("deleting dict")
del d

class Holder:
    pass

h = Holder()
h.first = Loud("first")
h.second = Loud("second")
h.third = Loud("third")
print("deleting instance")
del h
print("end")
