# isinstance/issubclass/getattr/setattr/hasattr/delattr/callable/type
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, ()), issubclass(B, (int, A)), issubclass(A, B))
print(isinstance(1, (int, float)), isinstance("s", (list, (tuple, str))), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(type, type), issubclass(type, object), issubclass(bool, (int,)))
print(type(b) is B, type(b) == A, type(b).__name__, b.__class__.__bases__[0].__name__)
setattr(b, "x", 1)
print(getattr(b, "x"), hasattr(b, "x"), hasattr(b, "y"), getattr(b, "y", None))
delattr(b, "x")
print(hasattr(b, "x"))
try:
    getattr(b, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(b, [A])
except TypeError as e:
    print("TypeError:", e)
print(callable(len), callable(A), callable(b), callable(lambda: 0), callable("s".upper), callable(None))
print(getattr([], "append").__name__, getattr("abc", "upper")(), getattr(str, "lower")("ABC"))
print(type(getattr(A, "__init__")).__name__, type(len).__name__, type([].append).__name__, type(str.upper).__name__)
print(isinstance(True, bool), isinstance(1, bool), type(True) is bool, bool.__bases__)
print(isinstance(3, object), isinstance(int, object), object.__bases__, type.__bases__)
