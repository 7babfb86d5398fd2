# frozenset operations return frozensets; comparisons with sets.
a = frozenset("abc")
b = frozenset("bcd")
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(type(a | b).__name__, type(a.union({"z"})).__name__, type({"z"} & a).__name__)
print(a < frozenset("abcd"), a == set("cba"), hash(a) == hash(frozenset("cab")))
print(len(frozenset()), frozenset() == frozenset([]), frozenset({1}).isdisjoint([2]))
