# Two objects with non-overlapping lifetimes may share an id.
ids = []
for i in range(3):
    obj = [i]
    ids.append(id(obj))
    del obj
print(ids[0] == ids[1] == ids[2])
def make():
    return object()
print(len({id(make()) for _ in range(10)}))
kept = [object() for _ in range(10)]
print(len({id(o) for o in kept}))
