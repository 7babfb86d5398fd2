# Float repr (shortest round-trip), str, rounding behaviour, and arithmetic artefacts.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1.5e16, 1e-4, 1e-5, 123456789.123456789, 5e-324,
        1.7976931348623157e308, 2.2250738585072014e-308, 100.0, 1e22, 1e23, -0.0, 0.5, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(1.1 * 3, 0.1 * 3, 3.3 / 1.1, 1 - 0.9, 4.35 * 100, 0.7 + 0.1)
print(round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-2.5), round(1e-20, 25))
print(float("1e400"), float("-1e400"), float("1e-400"), float(" 3.25 "), float("1_000.5"), float("-.5"), float("5."))
print(float("inf"), float("-Infinity"), float("nAn"), float("+0.0"), float(10**20), float(True))
for bad in ["1e", "e1", "1.2.3", "", "inf inity", "1__0.0", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(2.0 ** 0.5, 10 ** -2, 2 ** 0.5 * 2 ** 0.5 == 2.0, 1e308 * 10, -1e308 * 10)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, 0.1 + 0.7, 1e16 + 1, 1e16 + 2)
print(float.fromhex("0x1.8p1"), (0.1).is_integer(), (3.0).is_integer(), 1e300 * 1e300 - 1e300 * 1e300)
