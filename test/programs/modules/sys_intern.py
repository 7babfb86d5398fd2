# sys.intern makes equal strings identical.
import sys
a = "".join(["hello", " ", "world"])
b = "hello world"
print(a == b, a is b)
c = sys.intern(a)
d = sys.intern("".join(["hello", " world"]))
print(c is d, c is sys.intern(b))
e = "abc"
print(sys.intern(e) is e, sys.intern("ab" + "c") is e)
try:
    sys.intern(b"bytes")
except TypeError as e:
    print(e)
