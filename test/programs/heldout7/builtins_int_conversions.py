# int() from strings in many bases, underscores, whitespace, signs, and __int__/__index__/__trunc__.
print(int("  42  "), int("-0"), int("+7"), int("1_000_000"), int("0b101", 0), int("0o17", 0), int("0x_ff", 0))
print(int("z", 36), int("ZZ", 36), int("101", 2), int("777", 8), int("ff", 16), int("0x10", 16), int("0b11", 2))
print(int(3.99), int(-3.99), int(True), int(1e20), int("٣"), int("१२"))
for bad in ["", " ", "1__0", "_1", "1_", "0x", "08", "1.5", "١.٢", "++1"]:
    for base in (10, 0):
        try:
            print(repr(bad), base, int(bad, base))
        except ValueError as e:
            print(e)
try:
    int("10", 37)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 11
print(int(I()), int(N()), bin(I()), [0] * 8 == [0] * I(), "abcdefghij"[I()])
try:
    int([])
except TypeError as e:
    print(e)
try:
    int("5", base=I())
except ValueError as e:
    print(e)
print(int(b"42"), int(bytearray(b" 17 ")), int("0", 0), int("000", 0))
