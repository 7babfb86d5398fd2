# sys.getsizeof of sets and frozensets as they grow, after removal, and from different constructors.
import sys
s = set()
prev = sys.getsizeof(s)
print("empty set:", prev, "empty frozenset:", sys.getsizeof(frozenset()))
steps = []
for i in range(200):
    s.add(i)
    sz = sys.getsizeof(s)
    if sz != prev:
        steps.append((len(s), sz))
        prev = sz
print("growth:", steps)
for i in range(195):
    s.discard(i)
print("after discards:", len(s), sys.getsizeof(s))
s.clear()
print("after clear:", sys.getsizeof(s))
print("constructors:", [sys.getsizeof(set(range(n))) for n in (0, 1, 4, 5, 10, 19, 50)])
print("frozensets:", [sys.getsizeof(frozenset(range(n))) for n in (0, 1, 4, 5, 10, 19, 50)])
print("literals:", sys.getsizeof({1}), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof({i for i in range(5)}))
a = set(range(10))
print("ops:", sys.getsizeof(a | {100}), sys.getsizeof(a & {1}), sys.getsizeof(a - a), sys.getsizeof(a.copy()))
