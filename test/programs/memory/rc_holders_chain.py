# Each holder adds one: global, list item, dict value, attribute, default arg.
import sys

class Box:
    pass

obj = object()
print(sys.getrefcount(obj))
holder_list = [obj]
print(sys.getrefcount(obj))
holder_dict = {"k": obj}
print(sys.getrefcount(obj))
box = Box()
box.attr = obj
print(sys.getrefcount(obj))
def f(x=obj):
    return x
print(sys.getrefcount(obj))
holder_list.clear()
del holder_dict["k"]
del box.attr
f.__defaults__ = None
print(sys.getrefcount(obj))
