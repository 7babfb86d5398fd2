# functools.partialmethod and cached_property.
import functools

class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, value):
        self.state = value
    on = functools.partialmethod(set_state, True)
    off = functools.partialmethod(set_state, False)

class Data:
    def __init__(self, xs):
        self.xs = xs
    @functools.cached_property
    def total(self):
        print("computing total")
        return sum(self.xs)

c = Cell()
c.on()
print(c.state)
c.off()
print(c.state)
d = Data([1, 2, 3])
print(d.total, d.total, "total" in vars(d))
del d.total
print(d.total)
