# __getitem__, __setitem__, __len__, __iter__, __contains__, __reversed__
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(5)
print(len(s), s[2], s[-1], s[1:4], s[::2], list(s), 9 in s, 10 in s, list(reversed(s)))
for x in s:
    print(x, end=" ")
print()
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
class Bag:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
    def __bool__(self):
        return bool(self.d)
b = Bag()
print(bool(b))
b["x"] = 1
b[1, 2] = "tuple key"
print(b[1, 2], "x" in b, "y" not in b, list(b) if False else sorted(map(str, b.d)))
del b["x"]
print(bool(b))
try:
    b["missing"]
except KeyError as e:
    print("KeyError:", e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
