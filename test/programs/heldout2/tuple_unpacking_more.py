# tuple packing/unpacking everywhere
t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a + b + c)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
def swap(p):
    a, b = p
    return b, a
print(swap((1, 2)), swap("xy"))
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "a"
print(head, rest)
d = {"x": 1, "y": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
x = y = z = (1, 2)
print(x is y is z)
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
def ret_many():
    return 1, "two", [3]
n, s, l = ret_many()
print(n, s, l, ret_many())
print(tuple(x for x in range(3)), (1,) * 3, () + (1,), (1, 2) < (1, 2, 3), (2,) > (1, 5))
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    (a, b), c = [1, 2], 3
    print(a, b, c)
    (a, b), c = 1, 2
except TypeError as e:
    print(e)
