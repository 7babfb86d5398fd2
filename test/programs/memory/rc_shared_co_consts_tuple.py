# Equal co_consts tuples of different functions in one file are merged into one tuple,
# so a constant used by two identical-looking functions gains only one reference.
import sys

def f():
    return 987654321

def g():
    return 987654321

def h():
    return 987654321, "extra"

print(f.__code__.co_consts is g.__code__.co_consts)
print(f.__code__.co_consts is h.__code__.co_consts)
print(f() is g() is h()[0])
print(sys.getrefcount(f()))
