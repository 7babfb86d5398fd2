# collections.deque: appends/pops at both ends, maxlen eviction, rotate, extendleft order, index/insert/remove, errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft("xy")
print(d, len(d), d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
print(d.count("a"), d.index(2), d.index("a", 1))
d.insert(1, "ins")
d.remove("x")
print(d)
d.reverse()
print(d, list(reversed(d)), d.copy() == d, d.copy() is d)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d.remove("zz"), lambda: d.index("zz"), lambda: deque([1], maxlen=1).insert(0, 2), lambda: d[100]]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
d.clear()
print(d, deque(), deque("abc", 2), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]))
e = deque([1, 2, 3])
e *= 2
print(e, 3 in e, e[2], e[-2])
e[0] = "first"
del e[1]
print(e, repr(deque([], maxlen=0)))
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
