# collections.namedtuple: fields, defaults, _make/_asdict/_replace, rename, errors, subclassing, repr.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._make(range(2)))
x, y = p
print(x, y, sum(p), p * 2, p + (3,), p.index(2), p.count(1))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(9), P3(9, 8), P3._field_defaults, P3.__name__, P3.__doc__)
R = namedtuple("R", "ok def class _private ok", rename=True)
print(R._fields)
for bad in [lambda: namedtuple("Bad", "a a"), lambda: namedtuple("Bad", "def"), lambda: namedtuple("Bad", "_x"), lambda: namedtuple("1Bad", "a")]:
    try:
        bad()
    except ValueError as e:
        print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(Vec(3, 4)), Vec(3, 4), Vec._fields, Point("a", "b").x)
Emp = namedtuple("Emp", "name, age  title")
print(Emp._fields, Emp("n", 1, "t"))
print(Point.x.__doc__, type(Point.x).__name__ if False else "skip", Point(x=[1], y={}))
