# Tuple packing/unpacking for swaps and multiple return values.
a, b = 1, 2
a, b = b, a
print(a, b)
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 9, 1])
print(lo, hi, min_max("hello"))
x, y, z = "abc"
print(z, y, x)
(a, b), c = [1, 2], 3
print(a, b, c)
values = [1, 2, 3]
values[0], values[2] = values[2], values[0]
print(values)
