# extend and insert growth steps.
import sys
a = []
a.extend(range(10))
print(sys.getsizeof(a))
a.extend(range(3))
print(sys.getsizeof(a))
b = [0] * 8
b.insert(0, 1)
print(sys.getsizeof(b))
c = []
c += [1, 2, 3, 4, 5]
print(sys.getsizeof(c))
c *= 3
print(len(c), sys.getsizeof(c))
