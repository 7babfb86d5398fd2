# Unpacking iterables and mappings in calls: f(*a, **k).
def f(a, b, c, d=0):
    return (a, b, c, d)

args = [1, 2]
kw = {"c": 3, "d": 4}
print(f(*args, **kw))
print(f(*"xyz"))
print(f(*range(3), d=9))
print(f(1, *[2], *(3,), **{"d": 5}))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(*[1, 2, 3], sep="-")
print(*"abc")
try:
    f(1, 2, **{"c": 3, "a": 4})
except TypeError as e:
    print(e)
try:
    f(*[1, 2], **{"c": 1}, **{"c": 2})
except TypeError as e:
    print(e)
