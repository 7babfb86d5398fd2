# default arguments evaluated once, and their interplay with keywords
def f(a, b=3, c=[]):
    c.append(a)
    return a + b, c
print(f(1))
print(f(2, 4))
print(f(3, c=[]))
print(f(4))
def g(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(g(1), g(2), g(3, [0]))
n = 10
def h(v=n):
    return v
n = 20
print(h(), h(5))
def k(*, a=1, b):
    return a, b
print(k(b=2), k(a=0, b=0))
print(f.__defaults__[0], len(f.__defaults__[1]), k.__kwdefaults__)
def noargs():
    return "none"
try:
    noargs(1)
except TypeError as e:
    print(e)
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    k()
except TypeError as e:
    print(e)
try:
    k(1, b=2)
except TypeError as e:
    print(e)
def many(a, b, c, d=4, *rest, e, f=6, **kw):
    return a, b, c, d, rest, e, f, kw
print(many(1, 2, 3, e=5))
print(many(1, 2, 3, 4, 5, 6, e=7, z=8))
try:
    many(1, e=2)
except TypeError as e:
    print(e)
try:
    many(1, 2, 3)
except TypeError as e:
    print(e)
