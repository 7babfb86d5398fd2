# __iadd__ mutates in place; without it += falls back to __add__ and rebinds.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __add__(self, other):
        print("__add__")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other.items)
        return self

class Frozen:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return Frozen(self.n + other)

b = Bag([1])
alias = b
b += Bag([2])
print(b is alias, b.items)
b = b + Bag([3])
print(b is alias, b.items, alias.items)
f = Frozen(1)
g = f
f += 5
print(f is g, f.n, g.n)
