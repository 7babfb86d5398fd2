# Lambdas holding a value as a default vs through a closure.
import sys

def make(v):
    return (lambda x=v: x), (lambda: v)

value = []
f1, f2 = make(value)
print(sys.getrefcount(value))
del f1
print(sys.getrefcount(value))
del f2
print(sys.getrefcount(value))
