# del of names, items, slices, attributes, and the resulting errors.
a = 1
del a
try:
    a
except NameError as e:
    print(e)
lst = list(range(8))
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O:
    cls_attr = 1
o = O()
o.inst = 2
del o.inst
try:
    del o.inst
except AttributeError as e:
    print(e)
try:
    del o.cls_attr
except AttributeError as e:
    print(e)
del O.cls_attr
print(hasattr(O, "cls_attr"))
x, y = 1, 2
del (x, y)
print("x" in dir(), "y" in dir())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
try:
    del lst[100]
except IndexError as e:
    print(e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(e)
def f():
    del never_bound
try:
    f()
except UnboundLocalError as e:
    print(e)
try:
    del undefined_global_xyz
except NameError as e:
    print(e)
