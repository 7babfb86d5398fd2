# dict views: live updates, set operations on keys/items, membership, mutation during iteration errors.
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
d["d"] = 4
print(ks, vs, its, len(ks))
print(ks & {"a", "z"}, ks | {"z"} == {"a", "b", "c", "d", "z"}, ks - {"a"} == {"b", "c", "d"}, ks ^ {"a", "q"} == {"b", "c", "d", "q"})
print(its & {("a", 1), ("b", 99)}, ("a", 1) in its, ("a", 2) in its, "a" in ks, 1 in vs)
print(ks == {"a", "b", "c", "d"}, ks <= {"a", "b", "c", "d", "e"}, ks.isdisjoint({"x"}), vs == vs)
print(sorted(ks, reverse=True), list(its)[0], type(ks).__name__, type(vs).__name__, type(its).__name__)
print(ks.mapping["a"] if hasattr(ks, "mapping") else "no mapping", dict(its) == d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e, d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
d = {1: "x", 2: "y"}
try:
    for k in d.keys():
        d.pop(k)
        d[k + 10] = "z"
except RuntimeError as e:
    print(e, d)
s = {1: 1}
it = iter(s)
s[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
print(list({}.items()), {}.keys() == set(), {"a": 1}.items() == {("a", 1)}, len({"x": 1}.values()))
