# A fresh object held by one local variable: refcount 2 (local + argument).
import sys

def f():
    x = object()
    print(sys.getrefcount(x))
    y = x
    print(sys.getrefcount(x))
    z = [x]
    print(sys.getrefcount(x))
    del y, z
    print(sys.getrefcount(x))

f()
