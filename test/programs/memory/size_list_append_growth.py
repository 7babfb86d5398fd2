# Capacities reached by repeated append: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76...
import sys
lst = []
last = sys.getsizeof(lst)
print(0, last)
for i in range(1, 130):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print(i, size, (size - 56) // 8)
        last = size
