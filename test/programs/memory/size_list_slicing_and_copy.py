# Slices and copies are allocated with exact capacity.
import sys
big = list(range(100))
print(sys.getsizeof(big))
print(sys.getsizeof(big[:10]), sys.getsizeof(big[::2]), sys.getsizeof(big[:]), sys.getsizeof(big.copy()))
print(sys.getsizeof(big[:0]), sys.getsizeof(big + [1]), sys.getsizeof(big[:3] * 2))
