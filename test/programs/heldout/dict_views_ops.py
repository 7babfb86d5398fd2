# dict views: live, set-like
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 4 in v)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, k - {"a", "b"}, k ^ {"a", "q"} == {"b", "c", "d", "q"})
print(it & {("a", 1)}, k == {"a", "b", "c", "d"}, k.isdisjoint(["x"]))
print(sorted(k, reverse=True), list(reversed(k)), tuple(it)[:2])
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {1: 1}
try:
    for key in e:
        del e[key]
except RuntimeError as e2:
    print("RuntimeError:", e2)
print(type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__)
print(repr({}.keys()), {"x": [1]}.values())
x = {"p": 1}
print(x.keys() == x.keys(), x.values() == x.values())
