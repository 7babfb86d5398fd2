# big integers: arithmetic, formatting, conversions
a = 123456789012345678901234567890
b = -98765432109876543210
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b)
print(divmod(a, 97), divmod(b, 97), divmod(a, -97), a ** 3 % 1000000007)
print(abs(b), -b, +a, ~a, a & b, a | b, a ^ b, a >> 17, b >> 17, b << 33)
print(hex(a), oct(b), bin(a)[:20], format(a, ","), format(b, "_"), format(a, "e"), format(a, ".3g"))
print(int(str(a)) == a, int(hex(a), 16) == a, float(a), float(b), a / 7, b / 3)
print(a == a + 0, a > b, a < 2 ** 200, hash(a) == hash(a + 0), a.bit_length(), b.bit_length())
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact // 2 ** 26, fact % (2 ** 61 - 1), str(fact).count("0"))
print(pow(a, 65537, 2 ** 127 - 1), pow(3, 2 ** 100, 10 ** 9 + 9), pow(12345, -1, 1000003))
n = 2 ** 521 - 1
print(len(str(n)), str(n)[:15], str(n)[-15:], n % 10 ** 9)
print(sum(range(10 ** 12, 10 ** 12 + 10)), max(2 ** 64, 2 ** 63 * 2 + 1), min(-(2 ** 100), -(2 ** 99)))
print(round(a, -10), round(b, -5), round(a, 3), int(1e25), int(-1e25), 10 ** 25 == int(1e25))
print(12345678901234567890 * 98765432109876543210, (10 ** 40 + 1) // 3, -(10 ** 40) // 3)
print(int("9" * 50) + 1, int("-" + "1" * 30), int("1" * 40, 2), int("z" * 12, 36))
