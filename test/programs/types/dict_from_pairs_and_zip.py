# Building dicts from pairs, zip and enumerate.
keys = ["id", "name", "score"]
vals = [7, "ana", 9.5]
print(dict(zip(keys, vals)), dict(enumerate("ab", 1)))
print(dict([(i, chr(65 + i)) for i in range(3)]), dict(a=1, **{"b": 2}))
pairs = [("a", 1), ("b", 2), ("a", 3)]
print(dict(pairs))
