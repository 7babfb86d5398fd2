# del of names, list items, slices, dict keys and attributes.
x = 10
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
