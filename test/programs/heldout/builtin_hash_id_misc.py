# hash of ints, id semantics, callable checks, len of many types
print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 2), hash(-(2 ** 61)), hash(12345678901234567890))
print(hash(1.0), hash(0.1), hash(-2.5), hash(True), hash(()), hash((1,)), hash("a") == hash("a"))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(bytearray(4)))
print(len(frozenset("abcd")), len({}.keys()), len(memoryview(b"1234")), len(str(2 ** 100)))
class L:
    def __len__(self):
        return 10 ** 20
try:
    len(L())
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(17, 5), pow(2, 8), abs(-3), round(2.5), max("hello"), min(5, 2), sum((1, 2)))
