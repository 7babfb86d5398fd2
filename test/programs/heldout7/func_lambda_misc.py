# Lambdas: defaults, closures, conditional expressions, names and reprs, immediately invoked.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda p: (-p[0], p[1])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 5)])
def outer():
    return lambda: lambda: 42
print(outer()()(), outer().__qualname__, outer()().__qualname__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 3 == 0, range(10))))
table = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print({k: f(10, 3) for k, f in table.items()})
print((lambda: (yield 1))().__class__.__name__)
print((lambda x: x)(lambda: 0).__name__)
