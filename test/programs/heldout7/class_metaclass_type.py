# Creating classes with type(), metaclasses customising __new__/__init__/__call__/__prepare__, and class attributes.
Dog = type("Dog", (), {"sound": "woof", "speak": lambda self: f"{type(self).__name__} says {self.sound}"})
Puppy = type("Puppy", (Dog,), {"sound": "yip"})
print(Dog().speak(), Puppy().speak(), Puppy.__bases__, Puppy.__name__, Puppy.__qualname__, Puppy.__module__)
print(type(Dog), type(type), type(object), isinstance(Dog, type))
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
try:
    type("X", ())
except TypeError as e:
    print(e)
class Counting(type):
    instances = 0
    def __call__(cls, *a, **k):
        Counting.instances += 1
        print("creating", cls.__name__, a)
        return super().__call__(*a, **k)
class Thing(metaclass=Counting):
    def __init__(self, v): self.v = v
t1, t2 = Thing(1), Thing(2)
print(Counting.instances, t2.v)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shout(metaclass=Upper):
    greeting = "hi"
    def talk(self): return "talking"
print(Shout.GREETING, Shout().TALK(), hasattr(Shout, "greeting"))
class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}
    def __init__(cls, name, bases, ns):
        print("init", name, sorted(k for k in ns if not k.startswith("__")))
        super().__init__(name, bases, ns)
class R(metaclass=Recorder):
    a = 1
print(R.injected, type(R).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__()
        return cls._inst[cls]
class Conf(metaclass=Singleton): pass
print(Conf() is Conf(), type.__name__, Singleton.__mro__[1].__name__)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class AB(A1, A2): pass
except TypeError as e:
    print(e)
