# Big integer arithmetic: factorials, floor division and modulo signs, negative numbers, mixed with floats.
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // 7**20, f % 7**20, -f // 10**30, -f % 10**30)
a = 2**200 - 1
b = -(3**100)
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(b, 12345678901234567890))
print(a // -1 == -a, (a * a) // a == a, (-a) // a, (-a) % a)
print(10**50 / 10**25, 2**1000 / 2**999, 7 / 2, -7 // 2, int(1e308) > 10**307)
print(abs(b) == -b, b < 0 < a, max(a, b) is a, 2**64 + 0.5)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(2**1100)
except OverflowError as e:
    print("OverflowError:", e)
print(2**1023 * 2 // 2**1023, (10**100 + 1) % 97, pow(-2, 63), (-2) ** 63 + 1)
print(sum(range(10**6)) , 12345678987654321 * 98765432123456789)
x = 1
for _ in range(10):
    x = x * 1000003 + 17
print(x, x.bit_length(), len(str(x)))
print(-(10**20) // 3, -(10**20) % 3, (10**20) // -3, (10**20) % -3)
print(0 ** 0, (-1) ** 101, 2 ** -2, (-8) ** (1/3) if False else "skip", 10 ** 0)
print(True + True, True * 10**20, 5 - True, 3 // True)
