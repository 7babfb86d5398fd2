# Set comprehensions, frozenset hashing and use as dict keys / set members.
print({x % 4 for x in range(10)})
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__)
d = {fs: "numbers", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print({frozenset({1}), frozenset({1})}, len({frozenset(), frozenset()}))
try:
    fs.add(4)
except AttributeError as e:
    print(e)
try:
    {[1, 2]}
except TypeError as e:
    print(e)
print(set() == frozenset(), frozenset({1}) == {1})
