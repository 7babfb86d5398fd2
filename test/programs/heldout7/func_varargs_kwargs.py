# *args and **kwargs collection and unpacking in calls, including merging and duplicate errors.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2, x=3))
print(show(*[1, 2], *"ab", **{"k": 1}, **{"m": 2}))
print(show(*range(3), 9, *(), y=1, **dict(z=2)))
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*(1, 2), 3), f(1, *[2, 3]), f(**{"a": 1, "c": 3, "b": 2}), f(1, **{"c": 3}, b=2))
try:
    f(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print(e)
try:
    show(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
try:
    show(*5)
except TypeError as e:
    print(e)
try:
    show(**[1])
except TypeError as e:
    print(e)
def collect(first, *rest, sep="-"):
    return sep.join(map(str, (first,) + rest))
print(collect(1, 2, 3), collect("a", sep="+"), collect(*"xyz", sep=""))
print([*range(2), *"ab"], (*[1], 2), {*"aa", "b"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
def kwonly(**kw):
    kw["added"] = True
    return kw
base = {"x": 1}
print(kwonly(**base), base)
print(show(*{"k1": 1, "k2": 2}))
