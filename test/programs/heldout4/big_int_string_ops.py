# big ints through string conversions and arithmetic identities
n = 1
for i in range(1, 60):
    n = n * i + 1
s = str(n)
print(len(s), s[:12], s[-12:], int(s) == n, n % 9 == sum(map(int, s)) % 9)
print(hex(n)[:12], len(bin(n)) - 2 == n.bit_length(), int(oct(n), 8) == n)
a, b = 3 ** 200, 7 ** 150
print(a * b == b * a, (a + b) ** 2 == a * a + 2 * a * b + b * b, (a - b) * (a + b) == a * a - b * b)
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, len(str(q)), len(str(r)))
print(pow(a, b, 10 ** 9 + 7), pow(a, -1, 10 ** 9 + 7) * a % (10 ** 9 + 7), pow(-a, 3, 1000))
print(abs(-a) == a, -(-a) == a, ~~a == a, a >> 0 == a, a << 0 == a, (a & b) + (a | b) == a + b)
print(format(a, "_")[:20], f"{b:,}"[:20], f"{a:e}", f"{b:.3e}", float(a) if a < 2 ** 1023 else "too big")
print(int(str(-b)) == -b, int("-" + "0" * 20 + "5"), int("+" + str(a)) == a, int(" " + str(b) + " ") == b)
gcd = lambda x, y: x if y == 0 else gcd(y, x % y)
print(gcd(a, b), gcd(2 ** 100, 6 ** 50), gcd(10 ** 50, 10 ** 30 * 7))
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print(fib[-1] % 10 ** 10, len(str(fib[-1])), fib[299] * fib[297] - fib[298] ** 2)
