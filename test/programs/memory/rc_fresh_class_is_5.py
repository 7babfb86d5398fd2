# A fresh empty class has refcount 5; every instance adds one.
import sys

class E:
    pass

print(sys.getrefcount(E))
e1 = E()
print(sys.getrefcount(E))
e2 = E()
print(sys.getrefcount(E))
del e1, e2
print(sys.getrefcount(E))

class S:
    __slots__ = ()

print(sys.getrefcount(S))
s = S()
print(sys.getrefcount(S))
