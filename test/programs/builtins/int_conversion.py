# int(): from strings, floats, bases, and its exact error messages.
print(int("42"), int("-0"), int(" 7\n"), int(3.9), int(-3.9), int(True), int("0b101", 0))
print(int("ff", 16), int("FF", 16), int("777", 8), int("z", 36), int("1" * 20))
for bad in ("x", "1.5", "", " ", "12a", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in (lambda: int("9", 8), lambda: int("1", 1), lambda: int(None), lambda: int([1]), lambda: int(float("inf")), lambda: int(float("nan"))):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
