# deque: appendleft, pop/popleft, rotate, maxlen, extendleft.
from collections import deque
d = deque([1, 2, 3])
d.appendleft(0)
d.append(4)
print(d, d.popleft(), d.pop(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extendleft("ab")
print(d, d[0], d[-1], len(d), d.count(2), d.index(3))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=" ")
print()
print(last3, last3.maxlen)
last3.appendleft("L")
print(last3)
try:
    deque().pop()
except IndexError as e:
    print(e)
