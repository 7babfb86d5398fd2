# digit manipulation, palindromes, string/int round trips
def digits(n):
    return [int(d) for d in str(abs(n))]
print(digits(90210), sum(digits(2 ** 100)), digits(-7))
def is_pal(n):
    s = str(n)
    return s == s[::-1]
print([n for n in range(100, 200) if is_pal(n)])
print(int("".join(reversed(str(12345)))), str(10 ** 25)[::-1].lstrip("0") or "0")
def luhn(num):
    total = 0
    for i, d in enumerate(reversed(num)):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
print(luhn("4539578763621486"), luhn("1234567812345678"))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(sum(int(c) for c in str(2 ** 1000)), len(str(3 ** 1000)))
fact = 1
for i in range(2, 101):
    fact *= i
s = str(fact)
print(len(s), len(s) - len(s.rstrip("0")), s[:20])
print(bin(2024).count("1"), f"{2024:b}".zfill(16), int("11111101000", 2))
