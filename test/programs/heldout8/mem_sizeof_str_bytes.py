# sys.getsizeof of str (ASCII, latin-1, BMP, astral kinds), bytes, bytearray as they grow and shrink.
import sys
for s in ["", "a", "ab", "hello world", "é", "éé", "€", "€€", "😀", "😀😀", "a" * 100, "a€", "a😀"]:
    print(repr(s)[:12], len(s), sys.getsizeof(s))
for b in [b"", b"a", b"ab", b"x" * 100]:
    print(b[:5], sys.getsizeof(b))
ba = bytearray()
prev = sys.getsizeof(ba)
print("bytearray empty:", prev)
steps = []
for i in range(100):
    ba.append(i)
    sz = sys.getsizeof(ba)
    if sz != prev:
        steps.append((len(ba), sz))
        prev = sz
print("bytearray growth:", steps)
del ba[10:]
print("after del:", len(ba), sys.getsizeof(ba))
ba.clear()
print("after clear:", sys.getsizeof(ba))
print("bytearray(n):", [sys.getsizeof(bytearray(n)) for n in (0, 1, 10, 100)])
print("bytearray(b):", [sys.getsizeof(bytearray(b"x" * n)) for n in (0, 1, 10, 100)])
joined = "".join(["ab"] * 50)
print("joined:", sys.getsizeof(joined), sys.getsizeof(joined[:10]), sys.getsizeof(joined.upper()))
print("str ops:", sys.getsizeof("abc" + "é"), sys.getsizeof("x".encode()), sys.getsizeof(str(12345)))
