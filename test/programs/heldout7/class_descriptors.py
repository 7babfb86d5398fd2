# Descriptors: data vs non-data precedence, __get__ with None instance, __set__/__delete__, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return f"nondata via {objtype.__name__}"
class Point:
    x = Typed()
    y = Typed()
    nd = NonData()
p = Point()
print(p.x)
p.x = 5
print(p.x, vars(p))
try:
    p.y = "a"
except TypeError as e:
    print(e)
del p.x
print(type(Point.x).__name__, Point.nd, p.nd)
p.__dict__["nd"] = "instance wins"
p.__dict__["x"] = "ignored"
print(p.nd, p.x)
class Counter:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, objtype=None):
        self.count += 1
        return self.count
class Holder:
    c = Counter()
h = Holder()
print(h.c, h.c, Holder.c)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UseMethod:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(UseMethod().hello("you"), type(UseMethod.hello).__name__)
f = lambda self: "bound"
print(f.__get__(1)(), type(f.__get__(1)).__name__, f.__get__(None, int) is f)
print(staticmethod(len).__get__(None, int)("abc"), classmethod(lambda c: c.__name__).__get__(None, str)())
