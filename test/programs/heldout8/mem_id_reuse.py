# id() reuse after objects are freed: CPython's allocator hands back the same address for same-sized objects.
class Box:
    pass
a = Box()
ida = id(a)
del a
b = Box()
print("same-type object reuses freed slot:", id(b) == ida)
x = [1, 2, 3]
idx = id(x)
del x
y = [4, 5]
print("list object reused:", id(y) == idx)
print("temporaries can share ids:", id(object()) == id(object()))
print("two live objects never share:", id(Box()) != id(b))
ids = set()
for _ in range(5):
    ids.add(id(Box()))
print("loop temporaries distinct ids:", len(ids))
first = Box()
f_id = id(first)
first = None
second = Box()
print("rebinding frees then reuses:", id(second) == f_id)
d1 = {}
did = id(d1)
del d1
d2 = {}
print("dict reused:", id(d2) == did)
t = (1, 2, "z" * 2)
tid = id(t)
del t
t2 = ("a", "b", "cc")
print("tuple of same length reused:", id(t2) == tid)
keep = [Box() for _ in range(3)]
print("ids of kept objects unique:", len({id(o) for o in keep}) == 3)
