# zip (including strict), map with several iterables, filter(None), enumerate start, reversed.
print(list(zip("abc", range(10), [True, False, None])))
print(list(zip()), list(zip([])), dict(zip("xy", (1, 2))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1], [1, 2, 3], strict=True))
except ValueError as e:
    print(e)
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(str.upper, "hey")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22")))
print(list(enumerate("ab", start=10)), list(enumerate([], 5)))
e = enumerate("xyz")
print(next(e), next(e), list(e))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
m = map(lambda x: 1 // x, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print("lazy:", e)
print(type(zip()).__name__, type(map(abs, [])).__name__, type(reversed([])).__name__)
