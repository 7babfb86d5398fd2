# map with several iterables, filter with None and a function.
print(list(map(str.upper, ["a", "b"])))
print(list(map(pow, [2, 3, 4], [3, 2])))
print(list(map(lambda x, y, z: x + y + z, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda n: n % 2, range(10))))
m = map(int, "123")
print(next(m), list(m), list(m))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
