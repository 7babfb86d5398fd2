# str/int/float/list/tuple/dict/set constructors and conversions
print(str(), str(1), str(1.0), str([1]), str(None), str(b"x"), str("s"), str(object)[:14])
print(float(), float(1), float("1e-3"), float("  -7.5\n"), float(True), float("nan") != float("nan"))
print(list(), list("ab"), list((1, 2)), list({1: 2}), list({1: 2}.items()), list(range(2)))
print(tuple(), tuple([1]), tuple("ab"), dict(), dict([("a", 1)]), dict(a=1), set(), set("aba") == {"a", "b"})
print(bool([]), bool([0]), complex(), complex(1), complex("3+4j"), bytes(2), bytearray(b"z"))
print(int("  10  "), int(10.9), int(-0.5), int("-0"), float("-0"), str(-0.0), str(0.0))
print(list(map(float, ["1", "2.5", "-3e2"])), [int(c) for c in "2024"], [str(i) for i in [1, 2]])
print(dict(zip("abc", range(3))), dict([[1, 2], "xy"]), dict({"a": 1}, b=2))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    str(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(str(5)).__name__, repr(str.__new__(str, "x")), int.__name__, float.__qualname__)
