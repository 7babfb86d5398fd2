# Converting a string of more than 4300 digits to int is refused (3.11 limit).
import sys
print(sys.get_int_max_str_digits())
ok = int("1" * 4300)
print(len(str(ok)))
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(e)
print(big.bit_length(), hex(big)[:10])
