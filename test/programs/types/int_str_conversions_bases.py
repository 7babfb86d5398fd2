# Converting ints to and from strings in several bases.
n = 2024
print(str(n), bin(n), oct(n), hex(n), f"{n:b}", f"{n:o}", f"{n:x}", f"{n:X}")
print(int(bin(n), 2), int(oct(n), 8), int(hex(n), 16), int(str(n)))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out or "0"
print(to_base(n, 3), int(to_base(n, 3), 3), to_base(n, 36), int(to_base(n, 36), 36))
