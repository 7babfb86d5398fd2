# Containers that grow then shrink: whether getsizeof drops (list pop/del, dict del/clear/copy, set, bytearray).
import sys
l = list(range(1000))
big = sys.getsizeof(l)
del l[10:]
print("list after del slice:", big, sys.getsizeof(l))
l2 = list(range(1000))
for _ in range(990):
    l2.pop()
print("list after pops:", sys.getsizeof(l2))
l2[:] = []
print("list after [:] = []:", sys.getsizeof(l2))
d = {i: None for i in range(1000)}
dbig = sys.getsizeof(d)
for i in range(990):
    del d[i]
print("dict after deletes:", dbig, sys.getsizeof(d), "copy:", sys.getsizeof(d.copy()), "dict():", sys.getsizeof(dict(d)))
d.clear()
print("dict after clear:", sys.getsizeof(d))
d[1] = 1
print("dict reuse after clear:", sys.getsizeof(d))
s = set(range(1000))
sbig = sys.getsizeof(s)
for i in range(990):
    s.remove(i)
print("set after removes:", sbig, sys.getsizeof(s), "copy:", sys.getsizeof(s.copy()))
ba = bytearray(1000)
print("bytearray:", sys.getsizeof(ba), end=" ")
del ba[10:]
print(sys.getsizeof(ba), end=" ")
ba[:] = b""
print(sys.getsizeof(ba))
r = [0] * 100
r[10:] = []
print("list slice assign shrink:", sys.getsizeof(r))
