# Bitwise operations on big and negative ints, shifts, bit_length and bit_count.
a = 0xDEADBEEFCAFEBABE1234
b = -0x123456789ABCDEF
print(hex(a & b), hex(a | b), hex(a ^ b), hex(~a), ~b)
print(a >> 17, a << 45, b >> 3, b << 70, -1 >> 100, 1 << 0)
print((-5) & 0xFF, (-5) | 3, (-5) ^ -3, ~0, ~-1)
for n in [0, 1, 255, 256, -1, -256, 2**100, -(2**100)]:
    print(n.bit_length(), n.bit_count(), end=" | ")
print()
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -3
except ValueError as e:
    print(e)
try:
    1.5 & 1
except TypeError as e:
    print(e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, ~True)
mask = (1 << 64) - 1
x = 0x0123456789ABCDEF
rot = ((x << 13) | (x >> 51)) & mask
print(hex(rot))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(2**200 - 1), (2**200 - 1).bit_count())
print(0b1010 & 0b0110, 0o777 ^ 0o111, 0x10 >> 2, 10**30 >> 64 << 64 == 10**30 & ~((1 << 64) - 1))
