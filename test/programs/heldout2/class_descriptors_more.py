# descriptors implementing validation, caching and method binding
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)
class cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value
class Rect:
    width = Positive()
    height = Positive()
    def __init__(self, w, h):
        self.width = w
        self.height = h
    @cached
    def area(self):
        "computed once"
        print("computing area")
        return self.width * self.height
r = Rect(3, 4)
print(r.width, r.height, r.area, r.area, sorted(vars(r)))
try:
    r.width = -1
except ValueError as e:
    print(e)
print(type(Rect.width).__name__, Rect.area.__doc__)
class BoundMethodLike:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        return (lambda *a: self.f(obj, *a)) if obj is not None else self.f
class K:
    @BoundMethodLike
    def hi(self, x):
        return f"hi {x} from {type(self).__name__}"
print(K().hi(1), K.hi(K(), 2))
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, cls):
        return self.v
    def __set__(self, obj, v):
        raise AttributeError("constant")
class Cfg:
    PI = Constant(3.14)
c = Cfg()
print(c.PI, Cfg.PI)
try:
    c.PI = 3
except AttributeError as e:
    print("AttributeError:", e)
