# Values computed at run time have no constant-table references.
import sys
n = int("987654321")
print(sys.getrefcount(n))
s = "".join(["run", "time", " string"])
print(sys.getrefcount(s))
f = float("2.5")
print(sys.getrefcount(f))
t = tuple([1, 2])
print(sys.getrefcount(t))
big = 10 ** 30 + int("1")
print(sys.getrefcount(big))
