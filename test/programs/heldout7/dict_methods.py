# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear, merge operators, errors, ordering.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("n", []))
d["n"].append(1)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
try:
    d.update([1, 2])
except TypeError as e:
    print(e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([("k", "v")], k2="v2"), dict({"a": 1}, a=2))
e = {"a": 1, "b": 2}
f = {"b": 20, "c": 30}
print(e | f, f | e, e)
e |= f
print(e)
e |= [("d", 4)]
print(e)
try:
    e | [("x", 1)]
except TypeError as er:
    print(er)
c = e.copy()
c["a"] = "changed"
print(e["a"], c["a"], c == e, {1: 1} == {1.0: 1}, {1: "a", True: "b"})
e.clear()
print(e, len(e), bool(e))
r = {}
r[1] = r[2] = None
del r[1]
r[1] = None
print(list(r), {"x": 1}.__contains__("x"), "x" in {"x": 1}.values())
k = {(1, 2): "tuple", 3.0: "float", None: "none", frozenset({1}): "fs"}
print(k[(1, 2)], k[3], k[None], k[frozenset([1])])
try:
    k[[1, 2]] = 0
except TypeError as er:
    print(er)
print(reversed({"a": 1, "b": 2}).__class__.__name__, list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
