# Weak references do not increase the refcount.
import sys, weakref

class T:
    pass

t = T()
print(sys.getrefcount(t))
r = weakref.ref(t)
p = weakref.proxy(t)
print(sys.getrefcount(t))
strong = r()
print(sys.getrefcount(t))
