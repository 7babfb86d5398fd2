# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"), hasattr(d, "y"), getattr(d, "y", "default"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
l = Logged()
l.a = 1
l.secret = 2
print(l.a, l.secret, l.__dict__)
del l.a
print(l.__dict__)
class Dirs:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dirs()))
class Simple:
    cls_attr = 1
    def method(self): pass
s = Simple()
s.inst = 2
print([n for n in dir(s) if not n.startswith("__")], vars(s), sorted(k for k in vars(Simple) if not k.startswith("__")))
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.nothing
except AttributeError as e:
    print("AttributeError:", e)
setattr(s, "dyn", 5); delattr(s, "inst")
print(vars(s), getattr(Simple, "cls_attr"))
