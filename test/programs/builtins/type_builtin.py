# type() of values, type of types, and comparisons with type().
for v in (1, 1.0, "s", b"b", [], (), {}, set(), None, True, len, type, range(1), 1j, ...):
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(True) is int, type(True) is bool, type(type) is type)
print(type(int), type(None), type(print))
class C: pass
print(type(C), type(C()), type(C()) is C)
