# namedtuple: fields, _replace, _asdict, _fields, defaults, _make.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], p._fields, tuple(p), p == (1, 2))
q = p._replace(y=10)
print(q, p, q._asdict())
Person = namedtuple("Person", ["name", "age", "city"], defaults=["unknown"])
print(Person("ann", 30), Person._field_defaults, Person._make(["bo", 4, "x"]))
x, y = p
print(x + y, type(p).__name__, isinstance(p, tuple))
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    Person("only")
except TypeError as e:
    print(e)
R = namedtuple("R", "a def", rename=True)
print(R._fields)
