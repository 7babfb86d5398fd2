# Sets: 216 with the inline 8-slot table; larger tables are separate (16 bytes per slot).
import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(1, 100):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(i, size)
        last = size
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set([1, 2, 3, 4, 5])), sys.getsizeof(frozenset()))
print(sys.getsizeof(frozenset(range(5))), sys.getsizeof({i for i in range(5)}))
