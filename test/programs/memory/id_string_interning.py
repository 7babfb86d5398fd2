# Identifier-like string constants are interned; run-time strings are not.
a = "hello_world"
b = "hello_world"
print(a is b)
c = "".join(["hello", "_world"])
print(c == a, c is a)
d = "hello world!"
e = "hello world!"
print(d is e)
f = "hello" + "_world"
print(f is a)
g = "".join(["hello", " world!"])
print(g is d)
import sys
print(sys.intern(c) is a, sys.intern(g) is d)
