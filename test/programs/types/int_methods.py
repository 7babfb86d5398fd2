# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio.
for n in (0, 1, 255, 256, -1, -256, 2**64):
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x01\x02", "little"))
print((42).as_integer_ratio(), (7).numerator, (7).denominator, (3).real, (3).imag, (5).conjugate())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((65).to_bytes(), int.from_bytes(b"A"))
