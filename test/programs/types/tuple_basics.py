# Tuples: packing, single-element syntax, immutability, methods.
t = 1, 2, 3
print(t, type(t).__name__, (1), (1,), (), tuple())
print(t[0], t[-1], t[1:], t[::-1], len(t), t.count(2), t.index(3))
print(t + (4,), t * 2, (0,) * 3, 2 in t)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
x, y, z = t
print(x + y + z)
