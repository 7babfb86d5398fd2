# hash of ints, floats, tuples and strings (strings are fixed by PYTHONHASHSEED=0).
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**100))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(True))
print(hash((1, 2, 3)), hash(()), hash((1, (2, 3))))
print(hash("hello"), hash(""), hash("a"), hash(b"hello"))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for bad in ([], {}, {1}):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
