# int <-> str conversions: str/repr of big ints, int() of long strings, the 4300-digit limit.
import sys
n = 3**500
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n)
print(repr(-10**50), str(10**19), int("-" + "9" * 40))
print(sys.get_int_max_str_digits())
big = 10**5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), int(hex(10**6000), 16) == 10**6000)
sys.set_int_max_str_digits(6000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10**20000)))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
print(int("0" * 5000 + "1") if False else "skipped")
print(str(0), str(-0), str(+5), int(" -0012 "), f"{-10**25}")
print(int("1" * 4300) % 9, len(str(int("9" * 4300))))
