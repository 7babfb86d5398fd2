# int() conversions and errors
print(int(), int(5), int("  -42 "), int("+7"), int(3.9), int(-3.9), int(True), int("1_0"), int(b"12"), int(bytearray(b"34")))
print(int("ff", 16), int("FF", 16), int("777", 8), int("101", 2), int("zz", 36), int("0", 0), int("00", 0))
for s, base in [("12a", 10), ("", 10), ("0x", 16), ("1__0", 10), ("_1", 10), ("08", 0), ("1.0", 10), (" ", 10), ("9", 8)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for v in [None, [1], 1j]:
    try:
        int(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
class I:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 9
class N:
    def __int__(self):
        return 11
print(int(N()), bin(I()), hex(I()), [0, 1, 2, 3, 4, 5, 6, 7, 8][I()], "abcdefgh"[I()])
print(int("١٢٣"), int("  0b11 ", 0), int("-0o7", 8), int(" 1 "))
