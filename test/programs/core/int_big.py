# Arbitrary-precision ints: big products, powers, and their digit counts.
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(2 ** 100)
print(len(str(2 ** 1000)))
print(3 ** 80 - 3 ** 79)
print((10 ** 30 + 7) // 13, (10 ** 30 + 7) % 13)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print(12345678901234567890 * 98765432109876543210)
print(2 ** 64 - 1, hex(2 ** 64 - 1))
