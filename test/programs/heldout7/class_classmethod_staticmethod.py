# classmethod/staticmethod: alternative constructors, calling via instance and class, subclass cls binding.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), MyDate(1, 2, 3).from_string("5-6-7"))
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(type(Date.from_string).__name__, Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(Date.is_leap is Date.__dict__["is_leap"].__func__, Date.__dict__["is_leap"].__wrapped__ is Date.is_leap)
class Counter:
    count = 0
    @classmethod
    def incr(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.incr(), SubCounter.incr(), SubCounter.incr(), Counter.count, SubCounter.count)
sm = staticmethod(lambda: "called")
print(sm(), callable(sm))
class Chain:
    @classmethod
    @property
    def name(cls):
        return cls.__name__
print(Chain.name)
try:
    Date.from_string()
except TypeError as e:
    print(e)
try:
    Date.is_leap()
except TypeError as e:
    print(e)
