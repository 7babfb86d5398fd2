# sys.getsizeof for a handful of common objects (CPython 3.11, 64-bit).
import sys
for obj in (0, 1, 2 ** 30, 2 ** 60, 1.5, "", "a", "hello", b"", (), (1,), [], {}, set(), None, True):
    print(repr(obj), sys.getsizeof(obj))
print(sys.getsizeof([], 0), sys.getsizeof(object()))
