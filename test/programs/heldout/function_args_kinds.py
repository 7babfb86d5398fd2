# parameters: defaults, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
for call in [lambda: g(1, b=2, c=3, d=4), lambda: g(1, 2, 3, 4), lambda: f(), lambda: f(1, 2), lambda: f(1, c=1, a=2), lambda: g(1, 2, 3, d=4, e=5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def h(x, items=[]):
    items.append(x)
    return items
print(h(1), h(2), h(3, []))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount)
print(f.__code__.co_varnames, f.__name__)
def kwonly(*, x=1, y):
    return x, y
print(kwonly(y=2))
def anykw(**kw):
    return sorted(kw.items())
print(anykw(b=1, a=2), anykw(**{"x": 1}))
try:
    anykw(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
def dup(a): return a
try:
    dup(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
