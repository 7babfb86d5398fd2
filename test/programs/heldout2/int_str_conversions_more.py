# int <-> str conversions in many bases and with formatting
for n in [0, 1, -1, 7, 255, -255, 65535, 2 ** 31, -(2 ** 63), 10 ** 20]:
    print(n, bin(n), oct(n), hex(n), f"{n:b}", f"{n:o}", f"{n:x}", f"{n:X}", f"{n:,}", f"{n:_x}")
for s, base in [("101", 2), ("0b101", 0), ("777", 8), ("0o777", 0), ("ff", 16), ("0XFF", 0), ("zz", 36), ("  -12  ", 10), ("+0", 10), ("1_000_000", 10), ("0_7", 0)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, "ValueError:", e)
print(str(123), repr(-45), str(True), int(True), int(" 42\n"), int("٤٢"), float(" -0.5e1 "))
print("%d %i %u" % (1, 2, 3) if False else "%d %i" % (1, 2), "%5.3d" % 7, "%+05d" % 42, "%x" % 3735928559)
print(format(1234567.891, ",.2f"), format(-1234567, ","), format(0.5, ".0%"), format(1e-7, ".2e"), format(12, "c"))
print(int(3.999), int(-3.999), round(3.999), round(-3.999), int("10", 2) + int("10", 8) + int("10", 16))
print([int(c, 16) for c in "0123456789abcdef"], "".join("0123456789abcdef"[d] for d in (15, 0, 13)))
