# String interning: identifiers and compile-time constants are shared; runtime-built strings are not unless sys.intern.
import sys
a = "hello_world"
b = "hello_world"
print("identical literals:", a is b)
c = "hello" + "_world"
print("constant-folded:", a is c)
d = "".join(["hello", "_world"])
print("runtime join:", a is d, a == d)
print("sys.intern returns the interned one:", sys.intern(d) is a)
e = "has space!"
f = "has space!"
print("literal with spaces in same code object:", e is f)
def other():
    return "has space!"
print("same literal in another code object:", other() is e)
def ident():
    return "plain_identifier"
PI = "plain_identifier"
print("identifier-like across code objects:", ident() is PI)
g = "x" * 3
XXX = "xxx"
print("folded repetition:", g is XXX)
n = 3
h = "x" * n
print("runtime repetition:", h is g, sys.intern(h) is sys.intern(g))
A, FIVE, EMPTY, ATTR = "a", "5", "", "attr_name_xyz"
s_abc = "abc"
print("single chars are cached:", chr(97) is A, s_abc[0] is A, str(5)[0] is FIVE)
print("empty string singleton:", s_abc[3:] is EMPTY, str() is EMPTY)
class K:
    attr_name_xyz = 1
key = [k for k in vars(K) if k.startswith("attr_")][0]
print("attribute names interned:", key is ATTR)
s1 = sys.intern("".join(["dyn", "amic"]))
s2 = sys.intern("dyn" + "amic".strip())
print("two interned runtime strings:", s1 is s2)
try:
    sys.intern(b"bytes")
except TypeError as e:
    print(e)
