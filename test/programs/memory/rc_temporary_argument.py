# An object that exists only as the argument has refcount 1.
import sys
print(sys.getrefcount([]))
print(sys.getrefcount(object()))
print(sys.getrefcount([1, 2, 3]))
print(sys.getrefcount({}))
print(sys.getrefcount(str(12345)))
