# sys.getsizeof of common objects
import sys
for obj in [0, 1, 2 ** 30, 2 ** 60, 2 ** 100, -1, True, 1.5, 1j, None, "", "a", "abc", "é", "€", "😀", b"", b"abc", bytearray(), bytearray(b"abc")]:
    print(type(obj).__name__, repr(obj), sys.getsizeof(obj))
for obj in [[], [1], [1, 2, 3], (), (1,), (1, 2, 3), {}, {"a": 1}, set(), {1}, frozenset(), range(10), slice(1)]:
    print(type(obj).__name__, sys.getsizeof(obj))
print(sys.getsizeof(list(range(100))), sys.getsizeof(tuple(range(100))), sys.getsizeof("x" * 100))
print(sys.getsizeof({i: i for i in range(10)}), sys.getsizeof(set(range(10))))
