# Assignment forms: chained, augmented, tuple/list targets, starred, nested, subscripts and attributes.
a = b = c = [1, 2]
print(a is b, b is c)
a += [3]
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q], r = (10, 20), 30
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a1, (b1, *c1)), d1 = [(1, (2, 3, 4)), 5]
print(a1, b1, c1, d1)
d = {}
d["k"] = d["j"] = 0
print(d)
class Box:
    pass
bx = Box()
bx.v = bx.w = 7
print(bx.v, bx.w)
lst = [0, 1, 2, 3]
i = 0
i, lst[i] = 2, 99
print(i, lst)
n = 5
n -= 2; n *= 3; n //= 2; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 13; n ^= 6
print(n)
s = "ab"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
for k, (v1, v2) in enumerate([(1, 2), (3, 4)]):
    print(k, v1, v2)
m = [[0] * 2] * 2
m[0][0] = 5
print(m)
z = [0, 1, 2, 3, 4, 5]
z[1:3] = "xyz"
print(z)
z[::2] = [None] * 4
print(z)
del z[::3]
print(z)
