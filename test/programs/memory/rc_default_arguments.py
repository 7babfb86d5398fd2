# Default argument values are held by the function's __defaults__ tuple.
import sys
default = []

def f(x=default, y=default):
    return x

print(sys.getrefcount(default))
r = f()
print(sys.getrefcount(default))
del r
def g(*, k=default):
    return k
print(sys.getrefcount(default))
print(g.__kwdefaults__ == {"k": []})
del f, g
print(sys.getrefcount(default))
