# function calls with * and ** in all positions
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2))
print(f(*[1, 2], *(3,), 4))
print(f(a=1, **{"b": 2}, c=3, **{"d": 4}))
print(f(*range(3), x=0))
print(f(*"ab", **dict(k="v")))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], **{"c": 3, "b": 2}), g(c=1, a=2, b=3))
args = (4, 5)
print(g(9, *args))
try:
    g(*[1, 2], **{"b": 9})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    g(*5)
except TypeError as e:
    print(e)
try:
    g(**[1])
except TypeError as e:
    print(e)
class C:
    def m(self, *a, **k):
        return type(self).__name__, a, k
c = C()
print(c.m(1, x=2), C.m(c, *[3]), getattr(c, "m")(**{"y": 4}))
print(max(*[3, 1, 2]), min(*"zyx"), print(*[], sep="-") is None)
