# bytes: 33 + length. bytearray: 56 + allocated buffer.
import sys
for b in (b"", b"a", b"hello", b"x" * 100):
    print(len(b), sys.getsizeof(b))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(10)))
ba = bytearray()
sizes = []
for i in range(20):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print(sizes)
