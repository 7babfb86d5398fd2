# A suspended generator's frame keeps its locals alive.
import sys
data = []

def gen(x):
    yield sys.getrefcount(x)
    yield sys.getrefcount(x)

print(sys.getrefcount(data))
g = gen(data)
print(sys.getrefcount(data))
print(next(g))
print(sys.getrefcount(data))
print(next(g))
print(next(g, "done"), sys.getrefcount(data))
