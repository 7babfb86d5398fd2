# __slots__ restricts attributes and removes __dict__.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
print(type(Point.x).__name__)
class Sub(Point):
    pass
s = Sub(1, 2)
s.z = 3
print(s.z, s.__dict__)
