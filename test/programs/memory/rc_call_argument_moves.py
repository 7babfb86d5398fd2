# Calling a Python function moves the caller's stack reference into the callee's local.
import sys

def one(x):
    return sys.getrefcount(x)

def two(x):
    y = x
    return sys.getrefcount(x)

def nested(x):
    return one(x)

a = []
print(sys.getrefcount(a))
print(one(a))
print(two(a))
print(nested(a))
print(one([]))
