# A hand-written dataclass-like base with __init__, __repr__ and __eq__ from annotations.
class Record:
    def __init_subclass__(cls):
        cls._fields = tuple(cls.__annotations__)
    def __init__(self, *args, **kwargs):
        values = dict(zip(self._fields, args))
        values.update(kwargs)
        for name in self._fields:
            if name not in values:
                if hasattr(type(self), name):
                    values[name] = getattr(type(self), name)
                else:
                    raise TypeError(f"missing field {name!r}")
            setattr(self, name, values[name])
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self._fields)

class Point(Record):
    x: int
    y: int = 0

print(Point(1, 2), Point(3), Point(y=5, x=4), Point._fields)
print(Point(1, 2) == Point(1, 2), Point(1) == Point(1, 1))
try:
    Point()
except TypeError as e:
    print(e)
