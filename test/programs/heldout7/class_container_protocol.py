# Container dunders: __len__, __getitem__ with slices, __setitem__, __delitem__, __contains__, __missing__, __reversed__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(len(self)))]
        if isinstance(key, tuple):
            x, y = key
            return self.cells.get((x, y), ".")
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError("grid index out of range")
        return self[key % self.w, key // self.w]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        self.cells.pop(key, None)
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], g[5], g[-1], g[::2], len(g), "@" in g, "?" in g)
del g[2, 1]
print(g[:], list(g)[:4])
try:
    g[6]
except IndexError as e:
    print(e)
class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a="A")
print(d["a"], d["bb"], d.get("bb"), "bb" in d, d)
class Rev:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __reversed__(self): return iter(["custom", "reversed"])
print(list(reversed(Rev([1, 2]))), list(Rev([1, 2])))
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(e)
try:
    NoLen()[0]
except TypeError as e:
    print(e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print(e)
try:
    del NoLen()[0]
except TypeError as e:
    print(e)
try:
    1 in NoLen()
except TypeError as e:
    print(e)
