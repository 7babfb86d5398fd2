# Module-level constants in a script: name + co_consts + the parser's AST arena + argument = 4.
import sys
k = 123456789
print(sys.getrefcount(k))
f = 2.5
print(sys.getrefcount(f))
t = (1, 2, "x y")
print(sys.getrefcount(t))
s = "not an identifier!"
print(sys.getrefcount(s))
b = b"bytes constant"
print(sys.getrefcount(b))
