# id reuse after objects die
class Obj:
    pass
a = Obj()
ida = id(a)
del a
b = Obj()
print(id(b) == ida)
ids = set()
for i in range(5):
    ids.add(id(Obj()))
print(len(ids))
l1 = [1, 2, 3]
i1 = id(l1)
del l1
l2 = [4, 5]
print(id(l2) == i1)
print(id([]) == id([]))
x = [object() for _ in range(3)]
print(len({id(o) for o in x}))
print(id(1.5 * 2) == id(1.5 * 2))
