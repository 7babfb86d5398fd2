# Loop variables keep the last element alive after the loop; iterators hold their sequences.
import sys
class T:
    def __init__(self, n): self.n = n
items = [T(i) for i in range(3)]
last = items[-1]
base = sys.getrefcount(last)
for it in items:
    pass
print("loop var still bound to last:", sys.getrefcount(last) - base, it is last)
del it
print("after del loop var:", sys.getrefcount(last) - base)
lb = sys.getrefcount(items)
iterator = iter(items)
print("iterator holds list:", sys.getrefcount(items) - lb)
next(iterator)
for _ in iterator:
    pass
print("exhausted list iterator releases list:", sys.getrefcount(items) - lb)
del iterator, _
e = enumerate(items)
print("enumerate holds an iterator (not the list directly):", sys.getrefcount(items) - lb)
del e
print("after del enumerate:", sys.getrefcount(items) - lb)
z = zip(items, items)
print("zip of list twice:", sys.getrefcount(items) - lb)
del z
def in_loop():
    for x in items:
        if x is last:
            return sys.getrefcount(x) - base
print("inside loop in a function:", in_loop())
for i, obj in enumerate(items):
    pass
print("enumerate unpacked target:", sys.getrefcount(last) - base)
del obj
w = 0
while w < 1:
    holder = last
    w += 1
print("while body name:", sys.getrefcount(last) - base)
