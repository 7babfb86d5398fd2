# gc.get_referents lists the objects a container refers to.
import gc

class P:
    def __init__(self):
        self.a = [1]
        self.b = "s"

lst = [1, "two", [3], (4,)]
print(sorted(type(r).__name__ for r in gc.get_referents(lst)))
d = {"k": [1], 2: "v"}
print(sorted(type(r).__name__ for r in gc.get_referents(d)))
p = P()
print(sorted(type(r).__name__ for r in gc.get_referents(p)))
vars(p)
print(sorted(type(r).__name__ for r in gc.get_referents(p)))
print(gc.get_referents(1), gc.get_referents("text"))
