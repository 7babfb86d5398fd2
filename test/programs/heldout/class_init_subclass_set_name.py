# __init_subclass__ and __set_name__
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Beta.key, Gamma.key)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a)
m.a = 10
print(m.a, m._a, vars(m), Model.a.name)
class Typed:
    def __init__(self, t):
        self.t = t
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.t):
            raise TypeError(f"{self.name} must be {self.t.__name__}")
        obj.__dict__[self.name] = v
class Person:
    age = Typed(int)
    name = Typed(str)
p = Person()
p.age = 30
p.name = "x"
print(p.age, p.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
