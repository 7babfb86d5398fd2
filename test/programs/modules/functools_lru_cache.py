# functools.lru_cache with cache_info, maxsize and cache_clear.
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(50), fib.cache_info())
@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n

for n in (1, 2, 1, 3, 2, 1):
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
@functools.cache
def ident(x):
    return x
ident(1); ident(1)
print(ident.cache_info())
