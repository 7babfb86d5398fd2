# set methods and operators on small ints: add/discard/remove/pop/update forms, comparisons, errors.
s = {3, 1, 2}
s.add(5)
s.add(1)
s.discard(42)
s.remove(3)
print(s, len(s), 2 in s, 3 in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (10,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([4, 8]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), {1, 2} < a, a <= a, a < a, a > {1})
c = set(a)
c |= {7}
c &= {1, 2, 7, 8}
c -= {1}
c ^= {2, 9}
print(c)
c.update([1], range(3))
c.intersection_update(range(2, 10))
c.difference_update([7])
c.symmetric_difference_update({2, 20})
print(c)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
p = {10}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError", e)
print(set(), {()}, set("aaa"), set([1, 1.0, True]), {0, False, 0.0}, set(range(5)) == frozenset(range(5)))
try:
    {[1, 2]}
except TypeError as e:
    print(e)
q = {1, 2, 3}
try:
    for x in q:
        q.add(x * 10)
except RuntimeError as e:
    print(e)
r = {5, 6}
r2 = r.copy()
r2.clear()
print(r, r2, {-1, -2, 0, 1}, sorted({-5, 3, -1}))
