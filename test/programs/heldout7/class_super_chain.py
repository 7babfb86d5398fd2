# super() in cooperative multiple inheritance, super with explicit args, super in classmethods/properties.
class Base:
    def __init__(self, **kw):
        print("Base init", kw)
    def greet(self):
        return ["Base"]
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        super().__init__(**kw)
    def greet(self):
        return ["Left"] + super().greet()
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        super().__init__(**kw)
    def greet(self):
        return ["Right"] + super().greet()
class Child(Left, Right):
    def __init__(self):
        super().__init__(left=1, right=2)
    def greet(self):
        return ["Child"] + super().greet()
c = Child()
print(c.greet())
print(super(Left, c).greet(), super(Child, c).greet())
class A:
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    @property
    def val(self):
        return 1
class B(A):
    @classmethod
    def make(cls):
        return "B then " + super().make()
    @property
    def val(self):
        return super().val + 10
print(B.make(), B().val)
s = super(B, B())
print(type(s).__name__, s.val)
def outside(self):
    return super(B, self).make()
print(outside(B()))
class NoArgs:
    def m(self):
        f = lambda: super().__repr__()
        return f()[:10]
try:
    print(NoArgs().m())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print(e)
class Sub(list):
    def append(self, x):
        super().append(x * 2)
s = Sub()
s.append(5)
print(s)
