# Starred assignment targets, including nested unpacking.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
(x, y), *others = [(1, 2), 3, 4]
print(x, y, others)
head, *tail = [9]
print(head, tail)
p, (q, *r), s = 1, (2, 3, 4), 5
print(p, q, r, s)
[m, n] = "mn"
print(m, n)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
