# sys.intern returns the canonical copy of a string.
import sys
s1 = "".join(["run", "time", "!"])
s2 = "".join(["run", "time", "!"])
print(s1 == s2, s1 is s2)
i1 = sys.intern(s1)
i2 = sys.intern(s2)
print(i1 is i2, i1 is s1, i2 is s2)
d = {i1: 1}
print(list(d)[0] is i2)
