# a.append(getrefcount(a)): LOAD_METHOD pushed a as self, so the count is 3.
import sys
a = []
a.append(sys.getrefcount(a))
print(a)
m = a.append
print(sys.getrefcount(a))
m(sys.getrefcount(a))
print(a)
del m
print(sys.getrefcount(a))
