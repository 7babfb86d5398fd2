# List slicing: negative steps, slice assignment growing/shrinking, extended slice rules, slice objects.
l = list(range(10))
print(l[2:5], l[-3:], l[::-1], l[::3], l[7:2:-2], l[-1:-4:-1], l[100:], l[:-100], l[5:2])
m = l[:]
m[2:5] = []
print(m)
m[1:1] = ["a", "b", "c"]
print(m)
m[:2] = "XY"
print(m)
m[-1:] = range(3)
print(m)
m[::2] = [0] * len(m[::2])
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
try:
    m[::0]
except ValueError as e:
    print(e)
try:
    m[1:3] = 5
except TypeError as e:
    print(e)
n = list(range(6))
n[10:20] = [99]
print(n)
n[-100:1] = ["start"]
print(n)
n[::-1] = list(n)
print(n)
s = slice(1, 8, 2)
print(s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4), l[s], slice(3).indices(10))
print(slice(-3, None).indices(10), slice(0, 10, 3).indices(20), slice(5, -5, -1).indices(8))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
del n[1::2]
print(n)
p = [1, 2, 3]
p[1:2] = p
print(p)
print([1, 2, 3][-10:10], [1, 2, 3][1:-1], [][::-1], list(range(20))[::-7])
