# sizes of objects as they grow
import sys
print([sys.getsizeof("a" * n) for n in (0, 1, 8, 16, 100)])
print([sys.getsizeof(b"a" * n) for n in (0, 1, 8, 16, 100)])
print([sys.getsizeof(tuple(range(n))) for n in (0, 1, 2, 10)])
print([sys.getsizeof(list(range(n))) for n in (0, 1, 2, 10)])
print([sys.getsizeof(10 ** n) for n in (0, 5, 9, 10, 18, 19, 30, 100)])
print([sys.getsizeof(-(2 ** n)) for n in (29, 30, 59, 60, 89, 90)])
print(sys.getsizeof(1.0), sys.getsizeof(1j), sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(...))
d = {}
print(sys.getsizeof(d), end=" ")
d["a"] = 1
print(sys.getsizeof(d), end=" ")
for i in range(10):
    d[i] = i
print(sys.getsizeof(d))
s = set()
print(sys.getsizeof(s), end=" ")
s.update(range(5))
print(sys.getsizeof(s), end=" ")
s.update(range(50))
print(sys.getsizeof(s))
l = []
sizes = set()
for i in range(20):
    l.append(i)
    sizes.add(sys.getsizeof(l))
print(sorted(sizes))
print(sys.getsizeof(range(100)), sys.getsizeof(slice(1, 2)), sys.getsizeof(iter([])), sys.getsizeof(enumerate([])))
print(sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray()), sys.getsizeof(frozenset([1, 2])))
