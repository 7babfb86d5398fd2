# bitwise operations, shifts, bin/hex/oct
for a in [0, 1, 5, -5, 255, -256, 2 ** 40 + 3]:
    print(a, a & 6, a | 6, a ^ 6, ~a, a << 3, a >> 1, bin(a), hex(a), oct(a))
print(0b1010 & 0b0110, 0o17 | 0x10, 0xff ^ 0x0f, 1 << 0, 16 >> 4, -1 >> 100, 1 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 << 2
except TypeError as e:
    print("TypeError:", e)
print(True & False, True | False, True ^ True, ~True, True << 3, type(True & True).__name__)
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("1_000", 0), int("z", 36), int("-0x10", 16), int("  12  "))
print(format(10, "08b"), format(-10, "b"), format(255, "#06x"), format(255, "X"), format(10**20, "x"))
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, [i for i in range(8) if x >> i & 1])
print(int.bit_length(1023), (1023).bit_count(), (-1).bit_length())
