# An object used as a dict key and as a value.
import sys

class K:
    pass

k = K()
d = {}
d[k] = 1
print(sys.getrefcount(k))
d["self"] = k
print(sys.getrefcount(k))
d[k] = k
print(sys.getrefcount(k))
d.pop(k)
print(sys.getrefcount(k))
d.clear()
print(sys.getrefcount(k))
