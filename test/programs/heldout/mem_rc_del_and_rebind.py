# refcount changes as names are rebound and deleted
import sys
big = [None] * 10
print(sys.getrefcount(big))
names = {}
for i in range(4):
    names[i] = big
print(sys.getrefcount(big))
for i in range(2):
    del names[i]
print(sys.getrefcount(big))
a = b = c = big
print(sys.getrefcount(big))
a = 1
print(sys.getrefcount(big))
del b, c, names
print(sys.getrefcount(big))
s = "".join(["dyn", "amic"])
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
