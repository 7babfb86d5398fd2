# deque memory: 64-slot blocks (sys.getsizeof = 216 + 528 per block + GC header), refcounts of items.
import sys
from collections import deque
d = deque()
print(sys.getsizeof(d))
for i in range(100):
    d.append(i)
print(sys.getsizeof(d), len(d), d[0], d[-1], d[50])
for i in range(40):
    d.popleft()
print(sys.getsizeof(d))
d.rotate(7)
print(sys.getsizeof(d), d[0], d[-1])
d.rotate(-30)
print(sys.getsizeof(d), d[0], d[-1])
d.extendleft(range(70))
print(sys.getsizeof(d), d[0], len(d))
d.clear()
print(sys.getsizeof(d), d)
for n in (0, 1, 31, 32, 33, 63, 64, 65, 127, 128, 129, 500):
    print(n, sys.getsizeof(deque(range(n))), end='; ')
print()
e = deque()
for i in range(33):
    e.appendleft(i)
print(sys.getsizeof(e), sys.getsizeof(deque(range(5), maxlen=3)), sys.getsizeof(deque('abc') * 30))
f = deque(range(10))
for i in range(200):
    f.rotate(3)
print(sys.getsizeof(f), list(f)[:3])
t = object()
base = sys.getrefcount(t)
dq = deque([t, t, t])
print(sys.getrefcount(t) - base)
dq.pop()
print(sys.getrefcount(t) - base)
dq.extend([t] * 5)
dq.rotate(2)
print(sys.getrefcount(t) - base)
m = deque([t], maxlen=2)
m.append(t); m.append(t)
print(sys.getrefcount(t) - base, len(m))
del dq, m
print(sys.getrefcount(t) - base)
class D(deque):
    pass
sd = D([1, 2])
sd.attr = 'x'
print(sd, sd.attr, type(sd.copy()).__name__, sd + deque([3]))
it = iter(deque('ab'))
print(type(it).__name__, sys.getsizeof(it), it.__length_hint__(), next(it), it.__length_hint__())
