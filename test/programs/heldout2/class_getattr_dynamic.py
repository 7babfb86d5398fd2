# dynamic attributes: proxies, __getattr__ delegation, attribute errors
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.value = 1
    def double(self):
        return self.value * 2
t = Target()
p = Proxy(t)
print(p.value, p.double())
p.value = 21
print(t.value, p.double(), p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Record:
    __slots__ = ()
    fields = ("a", "b")
    def __getattr__(self, name):
        if name in self.fields:
            return name.upper()
        raise AttributeError(f"{type(self).__name__!r} has no field {name!r}")
r = Record()
print(r.a, r.b, getattr(r, "c", "default"), hasattr(r, "a"), hasattr(r, "zz"))
class Lazy:
    def __getattr__(self, name):
        print("computing", name)
        value = len(name)
        setattr(self, name, value)
        return value
z = Lazy()
print(z.alpha, z.alpha, vars(z))
class Strict:
    def __setattr__(self, name, value):
        if not name.startswith("_"):
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value)
s = Strict()
s._ok = 1
try:
    s.bad = 2
except AttributeError as e:
    print(e)
print(vars(s))
