# sum with start and floats (precision), any/all short-circuit, len on many types.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1e100, 1.0, -1e100]), sum(range(101)), sum([True, True, False]), sum([], start=5))
print(sum([1, 2.5, 3 + 1j]), sum(x * x for x in range(4)), sum([10**20, 1, -10**20]))
seen = []
def p(x):
    seen.append(x)
    return x
print(any(p(x) for x in [0, 0, 3, 4]), seen)
seen.clear()
print(all(p(x) for x in [1, 2, 0, 4]), seen)
print(len("héllo"), len(b"h\xc3\xa9"), len([None] * 3), len({1: 2}), len(range(0, 100, 7)), len(frozenset("aab")))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(e)
try:
    sum([bytearray(b"a")], bytearray())
except TypeError as e:
    print(e)
try:
    sum([1, "x"])
except TypeError as e:
    print(e)
print(len(range(10**20)) if False else range(10**20)[-1])
try:
    len(range(10**20))
except OverflowError as e:
    print(e)
