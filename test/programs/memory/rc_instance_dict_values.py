# Values in an instance's attributes vs in its materialised __dict__.
import sys

class P:
    pass

v = object()
p = P()
p.a = v
print(sys.getrefcount(v))
d = p.__dict__
print(sys.getrefcount(v), sys.getrefcount(d))
p.b = v
print(sys.getrefcount(v))
del d
print(sys.getrefcount(v))
