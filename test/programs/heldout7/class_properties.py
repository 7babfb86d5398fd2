# property: getter/setter/deleter, read-only errors, property in subclasses, property() call form, docs.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
del t.celsius
print(t.celsius)
class Manual:
    def _get(self): return "got"
    def _set(self, v): print("set", v)
    x = property(_get, _set, None, "manual doc")
m = Manual()
m.x = 3
print(m.x, Manual.x.__doc__, Manual.x.fget.__name__, Manual.x.fdel)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return f"sub sees {self._c}"
s = Sub()
s.celsius = 5
print(s.celsius)
class Lazy:
    @property
    def boom(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Lazy().boom)
p = property()
class Empty:
    attr = p
try:
    Empty().attr
except AttributeError as e:
    print(e)
