# getsizeof as containers grow and shrink
import sys
l = list(range(10))
print(sys.getsizeof(l), end=" ")
for _ in range(8):
    l.pop()
print(sys.getsizeof(l), end=" ")
l.clear()
print(sys.getsizeof(l))
l2 = [None] * 100
print(sys.getsizeof(l2), sys.getsizeof(l2[:50]), sys.getsizeof(l2[::2]), sys.getsizeof(l2 + l2))
d = {i: i for i in range(100)}
print(sys.getsizeof(d), end=" ")
for i in range(95):
    del d[i]
print(sys.getsizeof(d), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()))
s = set(range(100))
print(sys.getsizeof(s), sys.getsizeof(frozenset(s)), sys.getsizeof({1, 2, 3}), sys.getsizeof(set([1, 2, 3])))
t = tuple(range(100))
print(sys.getsizeof(t), sys.getsizeof(t[:10]), sys.getsizeof(()), sys.getsizeof((1,)))
sizes = []
b = bytearray()
for i in range(40):
    b.append(i)
    sz = sys.getsizeof(b)
    if not sizes or sizes[-1] != sz:
        sizes.append(sz)
print(sizes)
st = ""
ssz = set()
for i in range(30):
    st += "x"
    ssz.add(sys.getsizeof(st))
print(sorted(ssz)[:5], len(ssz))
