# reduce for flattening, composing functions and building dicts.
import functools
print(functools.reduce(lambda acc, xs: acc + xs, [[1], [2, 3], []], []))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(5))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, ["aa", "bbbb", "cc", "dddd"]))
