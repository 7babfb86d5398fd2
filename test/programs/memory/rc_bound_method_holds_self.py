# A bound method object keeps a reference to its instance.
import sys

class C:
    def m(self):
        return sys.getrefcount(self)

c = C()
print(sys.getrefcount(c))
print(c.m())
bm = c.m
print(sys.getrefcount(c))
print(bm())
print(bm.__self__ is c, sys.getrefcount(c))
del bm
print(sys.getrefcount(c))
