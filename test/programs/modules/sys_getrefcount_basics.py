# sys.getrefcount counts its own argument: a fresh local list has 2.
import sys

def f():
    a = []
    print(sys.getrefcount(a))
    b = a
    print(sys.getrefcount(a))
    c = [a, a]
    print(sys.getrefcount(a))
    del b
    print(sys.getrefcount(a))
    c.clear()
    print(sys.getrefcount(a))

f()
print(sys.getrefcount([]), sys.getrefcount(object()))
