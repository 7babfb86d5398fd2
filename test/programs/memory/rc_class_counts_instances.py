# Each live instance of a heap class holds a reference to its class.
import sys

class Item:
    pass

base = sys.getrefcount(Item)
items = [Item() for _ in range(10)]
print(sys.getrefcount(Item) - base)
del items[:4]
print(sys.getrefcount(Item) - base)
items.clear()
print(sys.getrefcount(Item) - base)
print(base)
