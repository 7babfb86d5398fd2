# sys.getsizeof(int): 24 + 4 bytes per 30-bit digit (at least one digit).
import sys
for n in (0, 1, 255, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, 10**100, -1, -(2**30), 2**1000):
    print(n.bit_length(), sys.getsizeof(n))
print(sys.getsizeof(True), sys.getsizeof(False))
