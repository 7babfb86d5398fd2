# sys.getsizeof of ints by magnitude (30-bit digits), negative ints, bool, float, complex.
import sys
for n in [0, 1, -1, 2**29, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, -(2**90), 10**100, 2**1000]:
    print(n.bit_length(), sys.getsizeof(n))
print("bool:", sys.getsizeof(True), sys.getsizeof(False))
print("float:", sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float("inf")))
print("complex:", sys.getsizeof(1j), sys.getsizeof(complex(1, 2)))
print("None:", sys.getsizeof(None), "Ellipsis:", sys.getsizeof(...), "NotImplemented:", sys.getsizeof(NotImplemented))
growth = []
prev = None
x = 1
for bits in range(0, 200, 10):
    sz = sys.getsizeof(x << bits)
    if sz != prev:
        growth.append((bits, sz))
        prev = sz
print("growth by shift:", growth)
print("arith results:", sys.getsizeof(2**30 - 2**30), sys.getsizeof(2**64 // 2**40), sys.getsizeof(-(2**30)))
print("default arg:", sys.getsizeof(0, -1), sys.getsizeof([], "ignored") > 0)
class NoSize:
    def __sizeof__(self):
        return 100
print("__sizeof__ hook:", sys.getsizeof(NoSize()))
class BadSize:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(BadSize())
except ValueError as e:
    print(e)
