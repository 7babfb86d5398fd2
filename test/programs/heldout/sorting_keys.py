# sorting with key, reverse, stability
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0][-1]))
l = ["b", "A", "c", "B", "a"]
l.sort(key=str.lower)
print(l)
l.sort()
print(l)
print(sorted([3, -1, -4, 2], key=abs), sorted([3, -1, -4, 2], key=abs, reverse=True))
print(sorted("hello world"), sorted([], reverse=True), sorted({3: 1, 1: 2}))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([1.5, 1, True, 0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "R(%d)" % self.v
print(sorted([R(3), R(1), R(2)]), max([R(3), R(5)], key=lambda r: r.v), min(R(1), R(0)))
data = [5, 2, 8, 2, 9, 1]
print(sorted(range(len(data)), key=data.__getitem__), sorted(enumerate(data), key=lambda t: t[1])[:3])
