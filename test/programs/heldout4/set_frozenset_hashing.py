# frozenset hashing, set of sets, and order of small-int sets
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(frozenset({1, 2, 3})), hash(frozenset(range(10))), hash(frozenset({-1, 0})))
s = {frozenset({1}), frozenset({1, 2}), frozenset({2, 1})}
print(len(s), frozenset({1, 2}) in s, sorted(map(sorted, s)))
print({5, 3, 1, 8, 2}, {100, 2, 50, 7}, set(range(10, 0, -1)), {-1, -2, 3}, {1 << 40, 3})
print(sorted({0.5, 1.5, -1.0}), {True, 2, 3.0}, {(1, 2), (0, 1)} == {(0, 1), (1, 2)})
a = set(range(20))
a -= set(range(0, 20, 3))
print(a, len(a), min(a), max(a))
b = {x * 7 % 13 for x in range(13)}
print(b == set(range(13)), b)
print(set("hello") & set("world") == {"l", "o"}, set() | frozenset() == set(), type(frozenset() | set()).__name__)
fs = frozenset([1, 2])
print(fs.union([3]), fs.intersection([2, 3]), fs.difference([1]), fs.symmetric_difference([2, 4]), fs.copy() is fs)
