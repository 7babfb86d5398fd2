# vars() and dir() of a user class and instance.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(vars(p))
print([n for n in dir(Point) if not n.startswith("__")])
print([n for n in dir(p) if not n.startswith("__")])
print("dims" in vars(Point), type(vars(Point)).__name__)
try:
    vars(5)
except TypeError as e:
    print(e)
print(sorted(n for n in dir([]) if not n.startswith("_")))
