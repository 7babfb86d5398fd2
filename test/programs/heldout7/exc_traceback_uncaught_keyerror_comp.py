# Uncaught KeyError raised inside a dict comprehension in a method: frames for <dictcomp> and the method.
class Inventory:
    def __init__(self, stock):
        self.stock = stock
    def prices(self, names, table):
        return {n: table[n] * self.stock.get(n, 0) for n in names}
inv = Inventory({"apple": 3, "pear": 2})
table = {"apple": 0.5, "pear": 0.75}
print(inv.prices(["apple", "pear"], table))
print(inv.prices(["apple", "kiwi"], table))
