# set algebra and membership with mixed numeric types
s = {1, 2, 3}
print(1.0 in s, True in s, 2 + 0j in s, "1" in s, frozenset({1}) in {frozenset({1.0})})
a, b = set(range(0, 10, 2)), set(range(0, 10, 3))
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a.union(b, {100}) == a | b | {100}, a.intersection(b, {0}), a.difference(b, {2}), a.issubset(a), a < a)
print({1, 2} <= {1, 2, 3}, {1, 2} >= {1}, {1}.isdisjoint({2}), {1}.isdisjoint([1]), set() <= set())
c = {3, 1, 2}
c.update([4], range(5, 7))
c.discard(100)
c -= {1}
print(sorted(c), len(c), c.pop() in range(10), len(c))
print({x for x in "hello" if x != "l"} == {"h", "e", "o"}, set("aabbcc") == set("abc"), len({0, 0.0, -0.0, False}))
fs = frozenset([1, 2, 3])
print(fs | {4} == {1, 2, 3, 4}, type(fs & {1}).__name__, type({1} & fs).__name__, fs.isdisjoint(range(4, 8)))
try:
    fs.add(4)
except AttributeError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
print(set([1, 2]) == frozenset([2, 1]), {1, 2}.symmetric_difference([2, 3]) == {1, 3}, set().union() == set())
empty = set()
print(empty, repr(empty), str(frozenset()), bool(empty), {()} , {(1, 2), (1, 2)})
