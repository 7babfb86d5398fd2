# big integer arithmetic
a = 2 ** 200
b = 3 ** 100
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b, divmod(-a, b), divmod(a, -b))
print(a // -7, a % -7, (-a) // 7)
print(a ** 2 // b ** 3)
print(pow(a, 3, 10 ** 9 + 7), pow(3, 10 ** 20, 1000), pow(2, -1, 7), pow(-3, 5, 11))
print(a >> 150, a >> 300, -a >> 150, 1 << 100, -(1 << 70) >> 3)
print(a & (b - 1), a | b, a ^ b, ~a, -a & 0xffff)
print(abs(-a) == a, a == 2 ** 200, a > b, -a < -b, a != a + 1)
print(int(str(a)) == a, len(str(a)), str(-b)[:10])
f = 1
for i in range(1, 41):
    f *= i
print(f, f % 1000003, f.bit_length())
print(10 ** 30 // 10 ** 15, 10 ** 30 / 10 ** 15, (10 ** 30 + 1) / 3)
print(float(2 ** 1000) == 2.0 ** 1000, int(1e20), int(-1.5e19), int(2.0 ** 80))
try:
    float(2 ** 2000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(7 ** 77 % 1000, (-7) ** 77 % 1000, hex(2 ** 100), oct(3 ** 50), bin(5 ** 20))
print(sum(range(10 ** 6, 10 ** 6 + 100)), 123456789 * 987654321)
print(-(2 ** 63), 2 ** 63 - 1, -(2 ** 64) // 3)
