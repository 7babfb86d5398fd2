# properties
class Temperature:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(Temperature.fahrenheit.fset, Temperature.celsius.fget.__name__)
class Lazy:
    def get_x(self):
        return 42
    x = property(get_x, doc="the x")
l = Lazy()
print(l.x, Lazy.x.__doc__)
try:
    del l.x
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub(3)
print(s.celsius)
s.celsius = 7
print(s.celsius)
