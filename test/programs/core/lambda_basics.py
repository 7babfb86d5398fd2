# Lambdas: expressions only, defaults, immediate calls, use as keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "called")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(square.__name__, add.__defaults__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(4))
