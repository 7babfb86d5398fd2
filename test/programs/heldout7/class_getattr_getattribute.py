# __getattr__ vs __getattribute__, __setattr__/__delattr__ hooks, object.__setattr__, and __dir__.
class Tracer:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(("missing", name))
        return None
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
t = Tracer()
t.x
t.nope
t.y = 2
del t.y
print(t.log)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print(e)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(e, f.v)
class Dir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Dir()))
class Raises:
    def __getattribute__(self, n):
        raise KeyError(n)
try:
    Raises().anything
except KeyError as e:
    print("KeyError", e)
class GetattrRaises:
    def __getattr__(self, n):
        raise AttributeError(f"custom message for {n}")
try:
    GetattrRaises().thing
except AttributeError as e:
    print(e)
print(getattr(GetattrRaises(), "q", "default"), hasattr(GetattrRaises(), "q"))
