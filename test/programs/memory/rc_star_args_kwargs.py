# *args packs arguments into a new tuple; **kwargs into a new dict.
import sys
x = object()

def f(*args, **kwargs):
    return sys.getrefcount(x), sys.getrefcount(args)

print(sys.getrefcount(x))
print(f(x))
print(f(x, x))
print(f(k=x)[0])
print(f(*[x, x, x]))
