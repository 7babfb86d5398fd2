# namedtuple builds a real tuple subclass: attributes, methods, errors, rename, defaults, subclassing.
import sys
from collections import namedtuple
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, P._fields, P._field_defaults, p._asdict(), P.__doc__, P.x, type(P.x).__name__, P.__mro__, P.__module__)
print(p._replace(x=5), P._make([3, 4]), sys.getsizeof(p), p.__match_args__, isinstance(p, tuple), hash(p) == hash((1, 0)))
print(P._fields is P.__match_args__, P.__slots__, P.__qualname__, P.__name__, p.__getnewargs__(), P(y=2, x=1))
print(P.x.__doc__, P.__new__.__doc__ is None or 'new', p[0], p[-1], p[:1], len(p), p + (9,), p * 2)
for bad, fn in [('P(1, 2, 3)', lambda: P(1, 2, 3)),
         ('P(1, x=2)', lambda: P(1, x=2)),
         ('P(1, 2, z=3)', lambda: P(1, 2, z=3)),
         ('P()', lambda: P()),
         ('P._make([1])', lambda: P._make([1])),
         ('p._replace(z=1)', lambda: p._replace(z=1)),
         ('P(_cls=1)', lambda: P(_cls=1))]:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, e)
for args, kw in ((('A', 'a a'), {}), (('A', 'a _b'), {}), (('A', 'a def'), {}), (('1A', 'a'), {}),
                 (('A', 'a b'), {'defaults': [1, 2, 3]}), (('P', ['x', 1]), {}), (('A', 'a', 'b'), {})):
    try:
        namedtuple(*args, **kw)
    except (TypeError, ValueError) as e:
        print(args, '->', type(e).__name__, e)
R = namedtuple('R', ['a', 'def', '_c', 'a', '1x'], rename=True)
print(R._fields, namedtuple('E', '')(), namedtuple('One', 'v')(1), namedtuple('S', 'a, b ,c')._fields)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f'<{self.x},{self.y}>'
q = Point(3, -4)
print(q, repr(q), q.norm, q._replace(x=0), type(q._replace(x=0)).__name__, Point._make((1, 2)))
M = namedtuple('M', 'a b', module='mymod')
print(M.__module__, M(1, 2) == (1, 2), M(1, 2) < (1, 3))
match P(7, 8):
    case P(a, b):
        print('matched', a, b)
T = namedtuple('T', 'x')
t = T([1])
t.x.append(t)
print(t)
