# dict methods
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("z", None), d)
try:
    d.pop("z")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("b", 9), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
e = dict.fromkeys("abc", 0)
print(e, dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, extra=True), dict(zip("xy", range(2))))
f = d.copy(); f.clear(); print(f, bool(d))
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} | {1: "c"})
g = {1: 1}
g |= {2: 2}
print(g)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
h = {"one": 1, "two": 2, "three": 3}
for k, v in sorted(h.items(), key=lambda kv: kv[1], reverse=True):
    print(k, v)
print(list(reversed(h)), list(reversed(h.values())), max(h, key=h.get))
print({k: v for k, v in h.items() if v > 1}, {v: k for k, v in h.items()})
del h["one"]
print(h, h == {"three": 3, "two": 2}, list(h) == ["two", "three"])
