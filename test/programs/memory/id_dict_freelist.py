# Dicts freed and created again reuse the same object memory.
def make():
    return {"a": 1}

d1 = make()
i1 = id(d1)
del d1
d2 = make()
print(id(d2) == i1)
ids = set()
for _ in range(5):
    ids.add(id(make()))
print(len(ids))
