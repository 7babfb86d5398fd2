# weak references: callbacks, WeakKeyDictionary, WeakSet, finalize
import weakref, gc
class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Item({self.n})"
items = [Item(i) for i in range(3)]
refs = [weakref.ref(i, lambda r, n=i.n: print("collected", n)) for i in items]
print([r() for r in refs])
del items[1]
print([r() for r in refs])
items.clear()
print([r() is None for r in refs])
wkd = weakref.WeakKeyDictionary()
k = Item("key")
wkd[k] = "value"
print(len(wkd), wkd[k])
del k
print(len(wkd))
ws = weakref.WeakSet()
a, b = Item("a"), Item("b")
ws.add(a); ws.add(b)
print(len(ws), a in ws)
del a
print(len(ws), sorted(x.n for x in ws))
obj = Item("fin")
fin = weakref.finalize(obj, print, "finalizer ran")
print(fin.alive)
del obj
print(fin.alive)
c = Item("cycle")
c.me = c
r = weakref.ref(c, lambda ref: print("cycle collected"))
del c
print("before collect", r() is not None)
gc.collect()
print("after collect", r())
