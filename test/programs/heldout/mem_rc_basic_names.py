# sys.getrefcount of fresh objects bound to names and containers
import sys
x = [1, 2, 3]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
container = [x, x, x]
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
del container
print(sys.getrefcount(x))
d.clear()
del y
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x), sys.getrefcount(t))
