# WeakValueDictionary and WeakKeyDictionary entries disappear when referents die; WeakSet likewise.
import weakref
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
cache = weakref.WeakValueDictionary()
a, b, c = Obj(1), Obj(2), Obj(3)
cache["a"], cache["b"], cache["c"] = a, b, c
print(sorted(cache.keys()), len(cache), cache["a"], cache.get("zz"))
del b
print("after del b:", sorted(cache.keys()), "b" in cache)
try:
    cache["b"]
except KeyError as e:
    print("KeyError", e)
c = None
print("after c = None:", sorted(cache), len(cache))
strong = cache["a"]
del a
print("still alive through another name:", sorted(cache))
del strong
print("now gone:", len(cache))
wk = weakref.WeakKeyDictionary()
k1, k2 = Obj(10), Obj(20)
wk[k1] = "one"
wk[k2] = "two"
print(len(wk), wk[k1])
del k1
print("after del key:", len(wk), list(wk.values()))
ws = weakref.WeakSet()
items = [Obj(i) for i in range(4)]
for it in items:
    ws.add(it)
del it
print(len(ws))
items.pop()
items.pop(0)
print("after pops:", len(ws), sorted(o.n for o in ws))
items.clear()
print("cleared:", len(ws))
try:
    cache["x"] = 5
except TypeError as e:
    print(e)
