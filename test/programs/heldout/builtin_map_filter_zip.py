# map, filter, zip, enumerate, reversed
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(str, range(3))
print(next(m), list(m), list(m), type(m).__name__)
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x, [0, "", None, 1])))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(10))), list(zip(*zip("ab", "cd"))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), type(e).__name__, list(e))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed((1,))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
d = dict(zip(["a", "b", "c"], [1, 2, 3]))
print(d, list(map(lambda kv: kv[0] * kv[1], d.items())))
print(list(map(len, ["a", "bb"])), list(map(None.__class__, [])), sum(map(int, "12345")))
