# dict operations: order, views, comprehension, copies, defaults
d = dict(b=2, a=1)
d["c"] = 3
print(d, list(d), [k for k in d], d.keys() == {"a", "b", "c"})
e = d.copy()
e["z"] = 26
print(len(d), len(e), d == e, {**d} == d, dict(d) is d)
print(d.get("a"), d.get("q", "none"), d.setdefault("a", 100), d.setdefault("q"), d)
print(d.pop("q"), d.pop("missing", -1), list(d.items()))
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
nested = {"x": {"y": {"z": 1}}}
copy = dict(nested)
copy["x"]["y"]["z"] = 2
print(nested, copy is nested, copy["x"] is nested["x"])
print(dict.fromkeys(range(3), []), {i: i * i for i in range(5) if i % 2})
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
print({1: "int", 1.0: "float"}, {True: 1, 1: 2}, {(1, 2): "t", "s": "s", None: 0, 3.5: "f"})
dd = {}
dd[1] = dd
print(dd, len({}), {} == {}, {1: 2} != {1: 3}, {"a": [1]} == {"a": [1]})
try:
    d.fromkeys()
except TypeError as e:
    print(e)
it = iter({"p": 1, "q": 2})
print(next(it), next(it), next(it, "end"))
print(list({"a": 1, "b": 2}.values()), sum({1: 10, 2: 20}.values()), sorted({3: 0, 1: 0}.keys()))
print(dict([("a", 1), ("a", 2)]), dict(zip("ab", [1])), dict([]) == {}, dict({1: 1}, **{"k": 2}))
