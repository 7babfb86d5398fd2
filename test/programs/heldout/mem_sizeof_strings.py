# getsizeof for strings of different kinds and lengths
import sys
for s in ["", "a", "ab", "a" * 10, "a" * 100, "é", "é" * 10, "\u0100", "\u0100" * 10, "😀", "😀" * 10, "a😀"]:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof(b"a" * 50), sys.getsizeof(bytearray(50)), sys.getsizeof(b""))
print(sys.getsizeof(123456789 ** 5), sys.getsizeof(-(2 ** 30)), sys.getsizeof(0.0), sys.getsizeof(10 ** 100))
