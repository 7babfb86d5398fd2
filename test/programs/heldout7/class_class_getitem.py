# __class_getitem__ and builtin generic aliases: list[int], dict[str, int], their repr, origin and args.
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"
print(Box[int], Box["x"], Box[int, str])
ga = list[int]
print(ga, ga.__origin__, ga.__args__, type(ga).__name__, ga() == [], ga("ab"))
print(dict[str, list[int]], tuple[int, ...], set[float].__args__, type[int])
print(isinstance([], list), list[int] == list[int], list[int] == list[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(e)
class Sub(list):
    pass
print(Sub[int], Sub[int].__origin__ is Sub)
class MetaGet(type):
    def __getitem__(cls, item):
        return f"meta getitem {item}"
class UsesMeta(metaclass=MetaGet):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(UsesMeta[1])
class CG:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class CGSub(CG):
    pass
print(CGSub[5], type(CG.__dict__["__class_getitem__"]).__name__)
