# properties with inheritance, deleters and read-only computed values
class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full(self):
        return f"{self.first} {self.last}"
    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ", 1)
    @full.deleter
    def full(self):
        self.first = self.last = ""
    @property
    def initials(self):
        return self.first[:1] + self.last[:1]
p = Person("Ada", "Lovelace")
print(p.full, p.initials)
p.full = "Grace Brewster Hopper"
print(p.first, "|", p.last, "|", p.initials)
del p.full
print(repr(p.full))
try:
    p.initials = "XX"
except AttributeError as e:
    print(e)
class Employee(Person):
    @property
    def full(self):
        return super().full + " (employee)"
e = Employee("Alan", "Turing")
print(e.full, e.initials)
try:
    e.full = "x y"
except AttributeError as err:
    print(err)
print(type(Person.__dict__["full"]).__name__, Person.full.fset is not None, Employee.full.fset)
class Temp:
    _c = 0
    c = property(lambda self: self._c, lambda self, v: setattr(self, "_c", v))
    f = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.c = 100
print(t.c, t.f, Temp._c, t._c)
