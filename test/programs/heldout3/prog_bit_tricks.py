# bit manipulation puzzles
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(16)], popcount(2 ** 100 - 1), (2 ** 100 - 1).bit_count())
def is_pow2(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_pow2(n)])
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(n) for n in (1, 2, 3, 128, 255)], format(reverse_bits(0b1011, 4), "04b"))
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "03b") for i in range(8)])
x = 0b10110100
print(x & -x, bin(x & -x), x | (x + 1), bin(x ^ 0xFF), (x >> 2) & 0b111, ~x & 0xFF)
print(-1 & 0xFFFFFFFF, (-1) >> 5, -17 >> 2, -17 // 4, 1 << 64, (1 << 64) - 1 == 2 ** 64 - 1)
mask = 0
for bit in [1, 3, 5, 60]:
    mask |= 1 << bit
print(mask, [b for b in range(mask.bit_length()) if mask >> b & 1], mask.to_bytes(8, "little").hex())
print(int.from_bytes(b"\xde\xad\xbe\xef", "big"), hex(int.from_bytes(b"\xde\xad\xbe\xef", "little")), (3735928559).to_bytes(4, "big"))
