# Dicts keep insertion order; reassigning keeps the position; del+insert moves to end.
d = {}
for k in "zyx":
    d[k] = len(d)
print(d)
d["z"] = 100
print(d)
del d["z"]
d["z"] = 0
print(d)
print(list(d), {1: "a", 0: "b"}, {0: "x", 1: "y"} == {1: "y", 0: "x"})
print(dict(sorted(d.items())))
