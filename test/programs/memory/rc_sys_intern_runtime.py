# sys.intern of a run-time string: the interned table does not count as a reference.
import sys
s = "".join(["inter", "ned_", "runtime"])
print(sys.getrefcount(s))
t = sys.intern(s)
print(t is s, sys.getrefcount(s))
del t
print(sys.getrefcount(s))
u = sys.intern("".join(["inter", "ned_", "runtime"]))
print(u is s, sys.getrefcount(s))
