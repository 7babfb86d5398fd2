# Memoization with a dict and with a mutable default argument.
calls = 0
cache = {}
def fib(n):
    global calls
    calls += 1
    if n in cache:
        return cache[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = result
    return result

print(fib(80), calls)
def slow_square(n, _memo={}):
    if n not in _memo:
        print("computing", n)
        _memo[n] = n * n
    return _memo[n]
print(slow_square(4), slow_square(4), slow_square(5))
