# private name mangling and class-level details
class A:
    __secret = "a-secret"
    def __init__(self):
        self.__x = 1
    def get(self):
        return self.__x, self.__secret
    def __dunder__(self):
        return "not mangled"
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 2
b = B()
print(b.get(), sorted(vars(b)), b._A__x, b._B__x, A._A__secret, b.__dunder__())
try:
    b.__x
except AttributeError as e:
    print("AttributeError:", e)
class C:
    count = 0
    def __init__(self):
        C.count += 1
        self.count_at_creation = C.count
cs = [C() for _ in range(3)]
print(C.count, [c.count_at_creation for c in cs])
class D:
    """Docstring of D."""
    x: int = 5
    y: str
print(D.__doc__, D.__annotations__, D.x, hasattr(D, "y"))
class E:
    def method(self):
        return __class__
print(E().method() is E)
class F:
    items = []
f1, f2 = F(), F()
f1.items.append("shared")
print(f2.items, F.items is f1.items)
