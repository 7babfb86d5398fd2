# multiple inheritance, method resolution and cooperative super
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def hello(self):
        return "Right>" + super().hello()
class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
c = Child()
print(c.log, c.hello(), [k.__name__ for k in Child.__mro__])
print(isinstance(c, Right), issubclass(Child, Base), Child.__bases__, Left.__base__, Base.__base__)
class A:
    x = "A"
class B(A):
    pass
class C(A):
    x = "C"
class D(B, C):
    pass
print(D.x, D().x, [k.__name__ for k in D.mro()])
try:
    class E(A, B):
        pass
except TypeError as e:
    print(e)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta, type), type(type(WithMeta)).__name__)
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.count, Sub.count, "count" in Sub.__dict__)
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Tri(Shape):
    sides = 3
class Sq(Shape):
    sides = 4
    def describe(self):
        return super().describe().upper()
print([s.describe() for s in (Shape(), Tri(), Sq())])
