# float methods: is_integer, as_integer_ratio, hex, fromhex.
for f in (1.0, 0.5, 0.1, -2.75, 1e20):
    print(f, f.is_integer(), f.as_integer_ratio(), f.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("0x1p-2"), float.fromhex("-0x1.0p0"), float.fromhex("inf"))
print((3.5).real, (3.5).imag, (3.5).conjugate())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
