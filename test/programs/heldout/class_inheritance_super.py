# inheritance and super()
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age
animals = [Animal("a"), Dog("rex"), Puppy("bit", 3)]
for a in animals:
    print(a, a.speak(), isinstance(a, Dog), type(a).__mro__[1].__name__)
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__subclasses__(), issubclass(Puppy, Animal))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
print(super(B, D()).who(), super(C, D()).who())
class Base:
    def __init__(self, *args, **kwargs):
        print("Base init", args, kwargs)
class Child(Base):
    def __init__(self, x):
        super(Child, self).__init__(x, k=1)
Child(5)
class E(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
e = E(a=2)
print(e["a"], e, len(e))
