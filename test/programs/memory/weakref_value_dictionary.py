# WeakValueDictionary entries vanish when their values die.
import weakref

class Image:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
a = Image("a")
b = Image("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), len(cache))
del a
print(sorted(cache.keys()), len(cache), "a" in cache)
print(cache.get("b").name, cache.get("a", "gone"))
b = None
print(len(cache), list(cache.items()))
