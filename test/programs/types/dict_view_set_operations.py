# Dict views: set operations (both sides, with sets and other views), comparisons, isdisjoint,
# containment of items, reversed() and .mapping; values views compare by identity.
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 2, "c": 30, "x": 9}
k, i, v = d.keys(), d.items(), d.values()
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
print(sorted(i & e.items()), sorted(i | e.items()), sorted(i - e.items()), sorted(i ^ e.items()))
print({"a", "q"} & k, {"a", "q"} - k, ["a", "z"] | k, ("b",) ^ k)
print(k == {"a", "b", "c"}, k != {"a"}, k < {"a", "b", "c", "d"}, k <= k, k > {"a"}, k >= e.keys(), k == ["a", "b", "c"])
print(i == {("a", 1), ("b", 2), ("c", 3)}, ("a", 1) in i, ("a", 2) in i, ["a", 1] in i, ("zz", 1) in i, 5 in i)
print(k.isdisjoint({"z"}), k.isdisjoint(e.keys()), i.isdisjoint([("a", 1)]), k.isdisjoint(k))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), type(reversed(i)).__name__)
print(k.mapping, type(k.mapping).__name__, v.mapping["a"])
print(v == v, v == d.values(), v != d.values())
for f in [lambda: hash(k), lambda: hash(i), lambda: k & 5, lambda: k.isdisjoint(1)]:
    try:
        f()
    except TypeError as err:
        print(err)
print(hash(v) == hash(v))
it = reversed(k)
d["z"] = 0
try:
    next(it)
except RuntimeError as err:
    print(err)
