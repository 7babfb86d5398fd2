# sorting stability, keys that raise, and sorting subclasses
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
l = [5, 3, 1, 4, 2]
l.sort(key=lambda x: x % 3)
print(l)
class L(list):
    pass
ll = L([3, 1, 2])
ll.sort()
print(ll, type(ll).__name__, type(sorted(ll)).__name__)
def key(x):
    if x == 4:
        raise ValueError("bad key 4")
    return x
data = [5, 4, 3]
try:
    data.sort(key=key)
except ValueError as e:
    print(e, data)
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print(e, mixed)
print(sorted([1.5, 1, True, 0.5, False]), sorted([-1, 1, -2, 2], key=abs), sorted("BaCb", key=str.lower))
print(sorted([[1, 2], [1], [0, 5]]), sorted([(1, "b"), (1, "a")]), sorted({"b": 1, "a": 2}.items()))
print(sorted(range(10), key=lambda x: (x % 2, -x)), max(range(10), key=lambda x: x % 4), min("bca"))
big = list(range(100, 0, -1)) + list(range(50))
big.sort()
print(big[:5], big[-5:], len(big))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True)[:3])
