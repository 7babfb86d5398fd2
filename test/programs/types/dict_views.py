# Dict views are live and support set operations.
d = {"a": 1, "b": 2, "c": 3}
keys = d.keys()
items = d.items()
d["d"] = 4
print(keys, len(keys), "d" in keys)
print(keys & {"a", "z"}, keys | {"z"} == {"a", "b", "c", "d", "z"}, keys - {"a"} == {"b", "c", "d"})
print(("a", 1) in items, ("a", 2) in items, list(d.values()))
del d["a"]
print(list(keys), list(items))
print(type(keys).__name__, type(items).__name__, type(d.values()).__name__)
print(d.values() == d.values(), list(reversed(d.keys())))
