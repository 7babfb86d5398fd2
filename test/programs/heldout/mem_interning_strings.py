# string interning and identity
import sys
a = "identifier_like"
b = "identifier_like"
print(a is b)
c = "has space"
d = "has space"
print(c is d)
e = "".join(["identifier", "_like"])
print(e is a, sys.intern(e) is a)
f = sys.intern("runtime " + str(1))
g = sys.intern("runtime " + str(1))
print(f is g)
print("x" + "" == "x")
h = "abc"
i = h[:]
j = h[0]
print(i is h, h[0:3] is h, j is h[0])
