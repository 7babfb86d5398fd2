# A container holding the same object several times owns one reference per slot.
import sys
x = object()
many = [x] * 5
print(sys.getrefcount(x))
t = (x, x, x)
print(sys.getrefcount(x))
d = {1: x, 2: x}
print(sys.getrefcount(x))
del many[:2]
print(sys.getrefcount(x))
many = t = d = None
print(sys.getrefcount(x))
