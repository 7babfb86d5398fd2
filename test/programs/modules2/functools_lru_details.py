# lru_cache: key rules, typed, keyword arguments, eviction order, method binding, refcounts.
import functools, sys
calls = []
@functools.lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return n * n
for i in (1, 2, 3, 1, 4, 2, 1):
    sq(i)
print(calls, sq.cache_info(), sq.__name__, sq.__wrapped__(3), sq.cache_parameters(), type(sq).__name__)
sq.cache_clear()
print(sq.cache_info(), sq(5), sq.cache_info())
@functools.lru_cache(typed=True)
def ident(x, y=1):
    return x
ident(1); ident(1.0); ident(1, y=2); ident(x=1); ident(1)
print(ident.cache_info())
@functools.lru_cache
def plain(x, y=0):
    return (x, y)
plain(1); plain(1, 0); plain(1, y=0); plain(y=0, x=1); plain(x=1, y=0)
print(plain.cache_info())
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(10), fact.cache_info(), fact.cache_parameters())
class A:
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        return x * 2
a = A()
print(a.m(3), a.m(3), A.m.cache_info(), type(A.__dict__['m']).__name__)
res = object()
@functools.lru_cache(maxsize=2)
def give(k):
    return res
base = sys.getrefcount(res)
give(1); give(2)
print(sys.getrefcount(res) - base)
give(3)
print(sys.getrefcount(res) - base)
give.cache_clear()
print(sys.getrefcount(res) - base)
try:
    functools.lru_cache('a')
except TypeError as e:
    print(e)
print(functools.lru_cache(maxsize=-5)(len).cache_info(), functools.lru_cache(None)(len).cache_info())
try:
    sq([1])
except TypeError as e:
    print(e)
CI = type(sq.cache_info())
print(CI.__name__, CI._fields, CI.__module__, sq.cache_info().hits)
