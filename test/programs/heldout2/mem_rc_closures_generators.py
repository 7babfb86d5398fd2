# refcounts held by generators and closures
import sys
data = [1, 2, 3]
print(sys.getrefcount(data))
def gen(x):
    yield from x
g = gen(data)
print(sys.getrefcount(data))
next(g)
print(sys.getrefcount(data))
del g
print(sys.getrefcount(data))
def make(x):
    return lambda: x
f1 = make(data)
f2 = make(data)
print(sys.getrefcount(data))
del f1
print(sys.getrefcount(data))
ge = (v for v in data)
print(sys.getrefcount(data))
list(ge)
print(sys.getrefcount(data))
del ge, f2
print(sys.getrefcount(data))
