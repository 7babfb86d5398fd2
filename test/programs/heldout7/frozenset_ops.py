# frozenset: immutability, hashability, mixing with set (result types), as dict keys and set members.
f = frozenset([1, 2, 3])
s = {2, 3, 4}
print(f | s, type(f | s).__name__, type(s | f).__name__, type(f & s).__name__, type(s - f).__name__)
print(f.union(s), type(f.union(s)).__name__, f.copy() is f, frozenset() == set(), frozenset(f) is f)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested, {1} in nested)
d = {frozenset("ab"): 1}
print(d[frozenset("ba")], d.get(frozenset("a")))
try:
    f.add(4)
except AttributeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
print(repr(frozenset()), repr(frozenset([1])), frozenset([3, 1, 2]), set(frozenset([1])))
g = f
g |= {10}
print(f, g, f is g)
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]), frozenset([1]) < {1, 2}, f.isdisjoint([9]))
print(sorted(frozenset(range(5)) - {0}), frozenset("abc") >= {"a"}, len(frozenset(range(100))))
