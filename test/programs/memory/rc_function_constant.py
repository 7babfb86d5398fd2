# A constant used only inside a function: co_consts of the function + the AST arena.
import sys

def f():
    x = 987654321
    return sys.getrefcount(x)

def g():
    return sys.getrefcount(987654321)

print(f())
print(g())
n = 987654321
print(sys.getrefcount(n))
