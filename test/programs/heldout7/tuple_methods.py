# tuples: construction, singletons, count/index, concatenation, comparison, hashing of contents, immutability.
t = (1, 2, 2, 3, "a", (4, 5))
print(t.count(2), t.index(3), t.index(2, 2), t[5][1], t[-1], t[1:4], t[::-1], len(t))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}), 1, (1))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, (1, 2) < (1, 2, 0), (1, 3) > (1, 2, 9), (1, 2) == (1.0, 2.0))
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
inner = ([1], 2)
inner[0].append(9)
print(inner)
try:
    inner[0] += [10]
except TypeError as e:
    print(e, inner)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash(([],))
except TypeError as e:
    print(e)
a, b = (1, 2), (1, 2)
print(a == b, tuple(a) is a, a[:] is a, (a + ()) is a if False else "skip")
x = 1, 2, 3
y = x,
print(x, y, len(y), type(y).__name__, (x,) == y)
print(sorted((3, 1, 2)), max((1, 5), (2, 0)), (1, 2, 3)[::2], 2 in (1, 2), tuple(reversed((1, 2))))
print(repr((None,)), repr(((),)), str(("a", 'b"')), (1, 2).__len__(), (5,).__getitem__(0))
