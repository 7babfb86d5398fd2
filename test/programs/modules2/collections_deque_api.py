# deque's API: indexing, insert/remove, comparisons, *, +, repr, mutation during iteration, errors.
from collections import deque
x = deque([1, 2, 3])
x += 'ab'
print(x, x.index('a'), x.index(2, 1, 3), x.count(2), 2 in x, 9 in x)
del x[1]
x[0] = 'z'
x.remove('a')
x.insert(2, 'q')
x.insert(-1, 'neg')
x.insert(100, 'end')
print(x, list(reversed(x)))
x.reverse()
print(x, x.copy(), bool(deque()), bool(x), len(x))
print(deque('abc') == deque('abc'), deque('abc') < deque('abd'), deque([1, 2]) <= deque([1]), deque([1]) != deque([1, 2]))
print(deque([1]) * 3, 3 * deque([1, 2]), deque([1, 2]) * 0, deque('ab') + deque('cd'))
y = deque([1, 2], maxlen=3)
y *= 3
print(y, deque(maxlen=0), deque('ab', maxlen=1), deque([], 5))
r = deque()
r.append(r)
print(r)
try:
    for i in x:
        x.append(1)
except RuntimeError as err:
    print(err)
z = deque(range(5))
z.rotate(2); print(z)
z.rotate(-3); print(z)
z.rotate(12); print(z)
z.extendleft('xy'); print(z)
z.extend(z); print(len(z), z[-1])
for s, fn in [('deque([1]).remove(9)', lambda: deque([1]).remove(9)),
         ('deque([1]).index(9)', lambda: deque([1]).index(9)),
         ("deque([1])['a']", lambda: deque([1])['a']),
         ('deque([1])[9]', lambda: deque([1])[9]),
         ('deque([1])[1:2]', lambda: deque([1])[1:2]),
         ('deque(maxlen=-1)', lambda: deque(maxlen=-1)),
         ("deque([], 'a')", lambda: deque([], 'a')),
         ('deque([1, 2], 2).insert(0, 3)', lambda: deque([1, 2], 2).insert(0, 3)),
         ('deque() + [1]', lambda: deque() + [1]),
         ("deque() * 'a'", lambda: deque() * 'a'),
         ('deque(1)', lambda: deque(1)),
         ("deque().rotate('a')", lambda: deque().rotate('a')),
         ('deque().pop()', lambda: deque().pop()),
         ('deque().popleft()', lambda: deque().popleft()),
         ('deque(1, 2, 3)', lambda: deque(1, 2, 3)),
         ('deque(x=1)', lambda: deque(x=1)),
         ("deque([1]).index(1, 'a')", lambda: deque([1]).index(1, 'a'))]:
    try:
        print(s, '->', fn())
    except Exception as e:
        print(s, '->', type(e).__name__, e)
w = deque([3, 1, 2])
print(sorted(w), max(w), sum(w), list(enumerate(w)), w.maxlen, deque(w, 2).maxlen)
