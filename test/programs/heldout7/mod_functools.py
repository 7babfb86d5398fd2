# functools: reduce, partial (repr, nested), lru_cache stats, cache, cached_property, total_ordering, wraps, singledispatch.
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, [], "init"))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
print(square(7), cube_mod(7), square.func is power, square.args, square.keywords)
p2 = functools.partial(functools.partial(max, 1), 5)
print(p2(3), p2.args, p2.func is max)
print(repr(functools.partial(max, 1, key=abs)).replace(repr(max), "MAX"))
calls = []
@functools.lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 10
for v in [1, 2, 1, 3, 1, 2]:
    slow(v)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.__wrapped__(5))
@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info().currsize)
class Data:
    def __init__(self): self.computed = 0
    @functools.cached_property
    def value(self):
        self.computed += 1
        return 42
d = Data()
print(d.value, d.value, d.computed, "value" in vars(d))
del d.value
print(d.value, d.computed)
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(5), describe([1, 2]), describe("s"), describe(True))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
