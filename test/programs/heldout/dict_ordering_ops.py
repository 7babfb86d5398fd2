# dict insertion order, update order, deletion and reinsertion
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(list(d.items()))
del d["z"]
d["z"] = -1
print(list(d))
print({1: "a", True: "b", 1.0: "c"}, {0: 0, False: 1})
d2 = dict.fromkeys("hello")
print(list(d2), len(d2))
merged = {**{"x": 1, "y": 2}, **{"y": 3, "z": 4}}
print(merged)
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].keys())
print(dict(sorted({"b": 1, "a": 2}.items())), {k: v for k, v in zip(range(3), "abc")})
print({(1, 2): "tuple key", frozenset({3}): "fs key", None: "none key"})
