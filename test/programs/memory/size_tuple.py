# Tuples: 40 + 8 per item (the empty tuple is 40).
import sys
for n in range(6):
    print(n, sys.getsizeof(tuple(range(n))))
print(sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(100))))
