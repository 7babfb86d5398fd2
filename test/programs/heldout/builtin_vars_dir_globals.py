# vars, dir on simple classes, globals
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(vars(p), p.__dict__ is vars(p))
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Point) if not n.startswith("__")])
print("__init__" in dir(p), "__dict__" in dir(Point), "x" in dir(Point))
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_"))[:10])
print(sorted(n for n in dir({}) if not n.startswith("_")))
g = globals()
print("Point" in g, g["p"] is p, "__name__" in g, g["__name__"])
def f():
    local_var = 1
    return sorted(locals())
print(f())
x_global = 1
def set_global():
    globals()["x_global"] = 99
set_global()
print(x_global)
print(dir()[:3] if False else sorted(n for n in dir() if not n.startswith("_")))
