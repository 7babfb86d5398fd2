# A function bound to one global name has refcount 2.
import sys

def f():
    return 1

print(sys.getrefcount(f))
g = f
print(sys.getrefcount(f))
handlers = [f, f]
print(sys.getrefcount(f))
del g, handlers
print(sys.getrefcount(f))
l = lambda: 0
print(sys.getrefcount(l))
