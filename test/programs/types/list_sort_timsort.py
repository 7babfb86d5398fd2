# list.sort is CPython's timsort: the comparisons it makes (seen through __lt__), stability,
# reverse=, and how a failing comparison leaves the list.
import random
class K:
    log = []
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        K.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return "K(%d)" % self.v
for data in [[3, 1, 2], [5, 4, 3, 2, 1], [1, 2, 3, 4], [2, 2, 1, 1, 3, 3], list(range(10, 0, -1)) + [0, 11]]:
    K.log = []
    ks = [K(v) for v in data]
    ks.sort()
    print([k.v for k in ks], len(K.log), K.log[:12])
r = random.Random(5)
big = [r.randrange(1000) for _ in range(300)]
K.log = []
kb = [K(v) for v in big]
kb.sort()
print(len(K.log), K.log[:5], K.log[-5:], [k.v for k in kb] == sorted(big))
K.log = []
kb = [K(v) for v in big]
kb.sort(reverse=True)
print(len(K.log), [k.v for k in kb] == sorted(big, reverse=True))
pairs = [(r.randrange(5), i) for i in range(200)]
print(sorted(pairs, key=lambda p: p[0])[:10])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:10])
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 7 or other.v == 7:
            raise ValueError("no 7")
        return self.v < other.v
    def __repr__(self): return "B%d" % self.v
lst = [Bad(v) for v in [9, 3, 5, 1, 8, 2, 7, 6, 4, 0] * 8]
try:
    lst.sort()
except ValueError as e:
    print(e, lst[:20])
mixed = [1, 2, "x", 3]
try:
    mixed.sort()
except TypeError as e:
    print(e, mixed)
try:
    sorted([1, "a"], key=lambda v: v, reverse=True)
except TypeError as e:
    print(e)
