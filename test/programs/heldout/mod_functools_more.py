# functools
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords)
def f(a, b, c=3):
    return (a, b, c)
q = functools.partial(f, 1, c=30)
print(q(2), q(b=5), functools.partial(q, 9)())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([]), show("s"), show(True))
