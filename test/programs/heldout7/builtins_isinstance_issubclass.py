# isinstance/issubclass with tuples, unions, bool/int, abstract hooks and errors.
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(True, int), isinstance(1, bool))
print(isinstance(1, (str, (float, int))), isinstance("x", int | str), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, A), issubclass(bool, int), issubclass(int, object), issubclass(B, (C, A)))
print(issubclass(type, object), isinstance(type, type), isinstance(object, type), isinstance(int, object))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic), issubclass(str, Magic), issubclass(int, Magic))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, (int, 1))
except TypeError as e:
    print("no error since int matched first?", e)
else:
    print("matched before bad element")
try:
    issubclass(float, (int, 1))
except TypeError as e:
    print(e)
print(type(B()) is B, type(B()) == A, B.__bases__, A.__subclasses__())
print(isinstance([], list[int].__origin__), isinstance(3, int | None))
print((int | str), (int | str) == (str | int), type(int | str).__name__)
