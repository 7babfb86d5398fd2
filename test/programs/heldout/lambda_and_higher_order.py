# lambdas and higher-order builtins
sq = lambda x: x * x
print(sq(5), (lambda: 42)(), (lambda *a, **k: (a, k))(1, b=2), (lambda x, y=3: x + y)(1))
print(list(map(sq, range(5))), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(sq.__name__, (lambda: 0).__name__, sq.__qualname__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: (yield))) if False else print(list((lambda: (yield 1))()))
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
print(list(map(str.upper, "abc")), list(map(int, "123")), list(zip(*[(1, "a"), (2, "b")])))
