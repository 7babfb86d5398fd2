# lambdas capturing variables, default args, recursion through names
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, f: f(acc), reversed(fs), x) if False else x
def compose2(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose2(inc, dbl)(5), compose2(dbl, inc)(5), compose2()(7))
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(10)])
make_multiplier = lambda m: (lambda x: x * m)
triple = make_multiplier(3)
print(triple(4), make_multiplier("ab")(2), triple.__name__, make_multiplier.__code__.co_argcount)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: (t[0], t[1])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), (lambda: None)(), (lambda *a: a)(1, 2))
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
