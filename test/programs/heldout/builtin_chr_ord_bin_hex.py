# chr/ord/bin/hex/oct/ascii/repr
print([ord(c) for c in "Az09 ~"], [chr(i) for i in (65, 97, 48, 8364, 128512)])
print(bin(0), bin(1), bin(-1), bin(255), hex(0), hex(-255), hex(2 ** 64), oct(0), oct(-8), oct(64))
print(ascii("abc"), ascii("é"), ascii("€"), ascii("\U0001f600"), ascii(["é", 1]), ascii("\n"))
print(repr(1), repr(1.0), repr("x"), repr([1, "x"]), repr(None), repr(...), repr(1j))
print(format(65, "c"), format(255, "#x"), format(7, "03b"), format(3.5), format("s", "^5") + "|")
print(hex(ord("A")), chr(int("41", 16)), "".join(chr(ord(c) + 1) for c in "HAL"))
try:
    bin(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    hex("1")
except TypeError as e:
    print("TypeError:", e)
try:
    ord(5)
except TypeError as e:
    print("TypeError:", e)
print(int(bin(37), 2), int(hex(-37), 16), int(oct(37), 8), int(bin(2 ** 70), 0) == 2 ** 70)
