# itertools and functools recipes
import itertools, functools, operator
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate(range(5), operator.mul)))
print(list(itertools.chain(*[[1, 2], [3]])), list(itertools.islice(itertools.count(10, -2), 4)))
print(["".join(p) for p in itertools.permutations("abc", 2)][:4], len(list(itertools.combinations(range(6), 3))))
print(list(itertools.product([0, 1], repeat=3))[-2:], list(itertools.zip_longest([1, 2], "abc")))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
print(list(itertools.starmap(operator.add, [(1, 2), (3, 4)])), list(itertools.filterfalse(str.isdigit, "a1b2")))
print(list(itertools.compress(range(6), [1, 0, 1, 0, 1, 0])), list(itertools.repeat("x", 2)))
print(functools.reduce(operator.add, ["a", "b", "c"]), functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits > 0)
p = functools.partial(pow, 2)
print(p(10), p(0), functools.partial(sorted, key=len)(["ccc", "a", "bb"]))
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented():
    "docstring here"
print(documented.__name__, documented.__doc__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
