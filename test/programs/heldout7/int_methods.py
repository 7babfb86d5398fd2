# int methods: to_bytes/from_bytes, as_integer_ratio, conjugate, numerator, is_integer-style checks.
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (2**64).to_bytes(9, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(e)
print((128).to_bytes(1, "big", signed=False), (127).to_bytes(1, "big", signed=True))
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(e)
print((1).to_bytes(), int.from_bytes(b"\x05"))
print((10).as_integer_ratio(), (-3).numerator, (7).denominator, (5).real, (5).imag, (5).conjugate())
print(int.__name__, (5).__class__, int.bit_length(255), int("7").__add__(3), (3).__radd__(4))
print((7).__truediv__(2), (7).__floordiv__(0) if False else "x", (5).__eq__(5.0), (5).__eq__("5"))
print((-7).__abs__(), (2).__pow__(10), (2).__pow__(10, 1000), (10).__mod__(3), (10).__rmod__(3))
print(isinstance(True.real, int), type(True.real).__name__, True.numerator, False.denominator)
print((12).__format__("x"), (12).__round__(-1), (15).__round__(-1), (25).__round__(-1), (12).__trunc__())
print(int.from_bytes(b"\x00" * 10 + b"\x01", "big"), (2**80 - 1).to_bytes(10, "little").hex())
