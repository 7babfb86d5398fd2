# list(), tuple(), dict(), set(), frozenset() constructors.
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("ab"), tuple())
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict())
print(set("hello") == {"h", "e", "l", "o"}, set([3, 1, 3]), frozenset([1, 2, 2]))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
