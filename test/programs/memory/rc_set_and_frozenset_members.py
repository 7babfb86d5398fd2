# Set members are referenced once per set.
import sys

class M:
    pass

m = M()
s = {m}
print(sys.getrefcount(m))
fs = frozenset([m])
print(sys.getrefcount(m))
s.add(m)
print(sys.getrefcount(m))
s.discard(m)
print(sys.getrefcount(m))
del fs
print(sys.getrefcount(m))
