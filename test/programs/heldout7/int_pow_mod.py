# Three-argument pow with big numbers, negative exponents (modular inverse), and errors.
print(pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(7, 0, 1), pow(7, 0, 5), pow(-2, 3, 5))
print(pow(2, 10**18, 10**9 + 9), pow(12345678901234567890, 98765, 10**20 + 39))
print(pow(3, -1, 7), pow(10, -3, 17), pow(-3, -1, 11), pow(38, -1, 97))
print([pow(a, -1, 13) for a in range(1, 13)])
p = 2**127 - 1
print(pow(2, p - 1, p), pow(5, (p - 1) // 2, p))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
print(pow(2, 3, -5), pow(-2, 3, -5), pow(5, 2, -7))
print(pow(2, -2), pow(-2, -3), pow(2.5, 2), pow(4, 0.5), pow(-8, 1/3) == (-8) ** (1/3))
print(type(pow(-8, 1/3)).__name__, pow(0.0, 0), pow(0, 0.0))
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modexp(b, e, m) == pow(b, e, m) for b in (3, 10**30) for e in (0, 1, 77, 10**10) for m in (2, 97, 10**18 + 3)))
