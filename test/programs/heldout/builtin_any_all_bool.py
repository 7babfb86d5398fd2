# any, all, bool, truthiness of builtins
print(any([]), all([]), any([0, 0.0, ""]), all([1, "a", [0]]), any(iter([None, 1])), all(x < 5 for x in range(5)))
for v in [0, 1, -1, 0.0, 0.1, "", "0", [], [[]], (), {}, {0: 0}, set(), None, 0j, range(0), b"", bytearray(1), frozenset()]:
    print(repr(v), bool(v), not v)
print(bool(), bool(True), True + True, True * 5, int(False), str(True), repr(False))
print(True and 0, 0 or "default", "" or [] or None, 1 and 2 and 3, None and crash if False else "short")
def noisy(v):
    print("eval", v)
    return v
print(noisy(0) and noisy(1), noisy(1) or noisy(2))
print(any(noisy(x) for x in [0, 3, 4]))
print(all(noisy(x) for x in [1, 0, 2]))
