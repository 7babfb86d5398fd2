# set and frozenset methods
s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
t = {3, 4, 5}
print(s | t, s & t, s - t, s ^ t, s.union([9]), s.intersection(t, {4}), s.difference(t), s.symmetric_difference(t))
print(s <= t, s < s | t, s >= {2}, s.issubset(range(10)), s.issuperset([2, 3]), s.isdisjoint({7}))
u = set(s)
u |= {10}; u &= {2, 3, 10, 11}; u -= {3}; u ^= {2, 99}
print(u)
u.update([1], (2,)); u.intersection_update({1, 2, 10}); u.difference_update({10}); u.symmetric_difference_update({5})
print(u, u.pop(), u)
u.clear(); print(u, set(), frozenset())
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f.copy() is f, hash(f) == hash(frozenset({1, 2, 3})))
print({frozenset([1]): "x"}, {1, 2} == frozenset([1, 2]), set("aab") == {"a", "b"})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({x % 3 for x in range(10)}, sorted({-1, 5, 3, -10}), set(range(5)) - {0, 4})
print(repr(set()), repr(frozenset({1})), {1} < {1}, {1} <= {1})
