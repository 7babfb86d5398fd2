# Positional-only (/) and keyword-only (*) parameters, and the errors for misusing them.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
def tryit(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
tryit(lambda: f(1, b=2, c=3, d=4))
tryit(lambda: f(1, 2, 3, 4))
tryit(lambda: f(1, 2, 3))
tryit(lambda: f(1, 2, 3, d=4, z=0))
tryit(lambda: f(1, 2, 3, c=3, d=4))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, only):
    return only
tryit(lambda: h(1))
tryit(lambda: h())
def p(a, /):
    return a
tryit(lambda: p(a=1))
tryit(lambda: p())
tryit(lambda: p(1, 2))
def many(a, b, c=3, /, d=4, *args, e, f=6, **kw):
    return a, b, c, d, args, e, f, kw
print(many(1, 2, e=5))
print(many(1, 2, 30, 40, 50, 60, e=5, g=7))
tryit(lambda: many(1, e=2))
tryit(lambda: many(1, 2))
def two_kw(*, x, y):
    pass
tryit(lambda: two_kw())
def three(a, b, c):
    pass
tryit(lambda: three())
tryit(lambda: three(1))
tryit(lambda: three(1, 2, 3, 4))
tryit(lambda: three(1, 2, 3, a=1))
