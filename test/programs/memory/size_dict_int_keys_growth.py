# Dict with int keys uses the larger general entries (24 bytes each).
import sys
d = {}
last = None
for i in range(1, 45):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(i, size)
        last = size
print(sys.getsizeof({1: 1}), sys.getsizeof({"a": 1}), sys.getsizeof({(1,): 1}))
