# float.hex, float.fromhex, as_integer_ratio, is_integer, and exact decimal expansion via Fraction-like math.
for v in [1.0, 0.1, -2.5, 1e-310, 5e-324, 1.7976931348623157e308, 0.0, -0.0, 3.0, 1 / 3]:
    print(repr(v), v.hex(), v.as_integer_ratio(), float.fromhex(v.hex()) == v)
print(float.fromhex("0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("-0x.8p1"))
print(float.fromhex("  0X1.4P+3  "), float.fromhex("1"), float.fromhex("0x10"), float.fromhex("inf"), float.fromhex("-nan"))
for bad in ["0x1p99999", "zz", "0x1.g"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
n, d = (0.1).as_integer_ratio()
print(n, d, d.bit_length(), n * 10 - d)
print((2.5).is_integer(), (1e300).is_integer(), float("inf").is_integer())
print(float(2**53) + 1 == float(2**53), float(2**53 + 1), float(2**53 + 3), int(0.1 * 2**60))
print((0.5).hex(), (1024.0).hex(), (-0.1).hex(), (1e-320).hex())
print(float.hex(2.0), float.__name__, (1.5).real, (1.5).imag, (1.5).conjugate())
