# int.from_bytes / to_bytes
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01"), "little"), int.from_bytes(b"", "big"))
big = 2 ** 100 + 12345
bb = big.to_bytes(13, "big")
print(bb, int.from_bytes(bb, "big") == big)
print((255).to_bytes(1, "big"), (65535).to_bytes(4, byteorder="little"))
for args in [(256, 1, "big"), (-1, 1, "big")]:
    try:
        args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print((2**64 - 1).to_bytes(8, "big").hex(), (1).to_bytes(1, "big", signed=True))
print((127).to_bytes(1, "big", signed=True), int.from_bytes(b"\x80", "big", signed=True))
print((5).bit_length(), (0).bit_length(), (-8).bit_length(), (2**100).bit_length())
print((255).bit_count(), (-7).bit_count(), (10**20).bit_count())
print((6).as_integer_ratio(), (3).numerator, (3).denominator, (3).real, (3).imag, (3).conjugate())
