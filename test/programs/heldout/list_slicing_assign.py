# list slicing and slice assignment
a = list(range(10))
print(a[2:5], a[:-7], a[::3], a[::-1], a[8:2:-2], a[-100:100])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[:] = b[::-1]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del c[::3]
print(c)
del c[1:3]
print(c)
d = [1, 2, 3]
d[5:] = [9]
print(d)
d[-1:] = []
print(d)
d[0:0] = d
print(d)
e = [0, 1, 2, 3]
e[1:3] = range(5)
print(e)
e[2:-2] = ()
print(e)
try:
    e[0:1] = 5
except TypeError as e2:
    print("TypeError:", e2)
f = list(range(6))
f[4:1:-1] = "xyz"
print(f)
g = [1, 2, 3]
g[1:2] = g
print(g)
