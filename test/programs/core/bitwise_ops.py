# Bitwise operators on ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -256 >> 4, -1 >> 100, 1 << 100)
print(~0, ~-1, -5 & 3, -5 | 3, -5 ^ 3)
print((5).bit_length(), (-5).bit_length(), (255).bit_count())
try:
    1 << -1
except ValueError as e:
    print(e)
