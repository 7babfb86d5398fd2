# float repr, str, round, and special values
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e-5, 1.5e-7, 123456789.123, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 100.0, -0.0, 12345678901234567.0, 0.000123]
for v in vals:
    print(repr(v), str(v), round(v, 3), round(v))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(12345.6789, -2), round(-1.25, 1))
print(round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(5, 2))
print(round(1.23456789, 5), round(1e300, 2), round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(float("inf"), -float("inf"), float("nan"), float("-0"), float(" 1.5 "), float("1e3"), float("INF"), float("-iNfinity"))
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("-0x1p-1074"))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(int(3.99), int(-3.99), float(7), 7 / 2, 7.0 // 2, 2 ** -1, 2.0 ** 0.5)
print(1.0 == 1, 0.1 + 0.2 == 0.3, abs(-2.5), float(True), 3.0 * 4)
print(8.0 ** (1 / 3), 10 ** -2, (-8) ** 2.0, 1e-10 + 1)
