# types.GenericAlias: repr, attributes forwarded to the origin, calls, equality, subclassing via
# __mro_entries__ (PEP 560) and __orig_bases__, and the errors.
import sys
a = list[int]
print(a, type(a), type(a).__name__, a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], list[[int, str]], set["x"], frozenset[None])
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]))
print(a.__name__, a.__qualname__, a.append is list.append, a([1, 2]), type(a(range(2))))
print(a.__mro_entries__((a,)), sys.getsizeof(a))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([3]), "__orig_bases__" in MyList.__dict__)
class Plain(list):
    pass
print("__orig_bases__" in Plain.__dict__)
class WithCG:
    def __class_getitem__(cls, item):
        return list[item]
class Sub(WithCG[int], int):
    pass
print(Sub.__bases__, Sub.__orig_bases__)
for f in [lambda: a[str], lambda: isinstance([], a), lambda: issubclass(list, a), lambda: object[int], lambda: int[str]]:
    try:
        f()
    except TypeError as e:
        print(e)
class Tagged(list):
    pass
print(type(Tagged[int]), Tagged[int]().__orig_class__)
print(type[int], type(type[int]).__name__)
