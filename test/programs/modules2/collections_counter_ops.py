# Counter: counting, most_common ties and ordering, repr, arithmetic, in-place ops, comparisons.
import sys
from collections import Counter
c = Counter('hello world')
print(c, c.most_common(3), c.most_common(0), c.most_common(-1), sorted(c.elements())[:5], type(c.elements()).__name__)
print(Counter('abcab').most_common(), Counter({'x': 1, 'y': 3, 'z': 1}).most_common(2), c.total(), c['zzz'], 'zzz' in c)
print(Counter(a=3) - Counter(a=5), Counter(a=1) | Counter(a=2, b=1), Counter(a=2, b=-1) & Counter(a=1, b=3))
print(Counter(a=3, b=-2) + Counter(), +Counter(a=2, b=0, c=-1), -Counter(a=2, b=0, c=-1), Counter())
c2 = Counter(a=1)
c2 += Counter(a=2, b=-3)
c2 -= Counter(a=1)
c2 |= Counter(c=5)
c2 &= Counter(a=1, c=2)
print(c2, Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0))
u = Counter('aab')
u.update({'a': 5, 'c': 1}, b=2)
u.update(['a', 'z'])
u.subtract('aa')
u.subtract({'z': 4}, q=1)
print(u)
del u['a']
del u['missing']
print(u, u.copy() == u, type(u.copy()).__name__)
print(Counter({'a': 'x'}), Counter(a=1.5, b=2), repr(Counter({1: 2, 'a': 1})))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
try:
    Counter(1)
except TypeError as e:
    print(e)
try:
    Counter(1, 2)
except TypeError as e:
    print(e)
class Sub(Counter):
    pass
s = Sub('aab')
print(s, type(s + s).__name__, type(s.copy()).__name__, isinstance(s, dict))
print(sys.getsizeof(Counter()), sys.getsizeof(Counter('a')), Counter.__module__, Counter.__mro__)
words = 'the cat the dog the end dog'.split()
for w, n in Counter(words).most_common():
    print(w, n, end='; ')
print()
cc = Counter()
cc.attr = 1
print(cc.__dict__, dict(Counter('aba')), list(Counter('cba')))
