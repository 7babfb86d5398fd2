# Reading a global inside a function does not add a lasting reference.
import sys
g = []

def reader():
    return sys.getrefcount(g)

def keeper():
    local = g
    return sys.getrefcount(g)

print(sys.getrefcount(g), reader(), keeper(), sys.getrefcount(g))
