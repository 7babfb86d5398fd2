# id reuse patterns through free lists
def show(label, a, b):
    print(label, a == b)
x = [1, 2, 3]
i = id(x)
del x
y = [4]
show("list reuse", id(y), i)
d = {"k": 1}
i = id(d)
del d
e = {}
e["q"] = 2
show("dict reuse", id(e), i)
f = 1.5 + 0.25
i = id(f)
del f
g = 2.5 + 0.25
show("float reuse", id(g), i)
t = (1, 2, object())
i = id(t)
del t
u = (3, 4, object())
show("tuple reuse", id(u), i)
class K:
    pass
k = K()
i = id(k)
del k
k2 = K()
show("instance reuse", id(k2), i)
ids = [id(object()) for _ in range(3)]
print(len(set(ids)))
print(id([]) == id([]), id(()) == id(()), id(1.5) == id(1.5))
