# Refcounts of arguments passed positionally, by keyword, via *args/**kwargs, and stored by the callee.
import sys
o = object()
base = sys.getrefcount(o)
def pos(a):
    return sys.getrefcount(a) - base
def kw(*, a):
    return sys.getrefcount(a) - base
def star(*args):
    return sys.getrefcount(args[0]) - base
def dstar(**kwargs):
    return sys.getrefcount(kwargs["a"]) - base
print("positional:", pos(o))
print("keyword:", kw(a=o))
print("*args tuple:", star(o))
print("*args with three copies:", star(o, o, o))
print("**kwargs dict:", dstar(a=o))
print("unpacked from list:", star(*[o, o]))
stored = []
def store(a):
    stored.append(a)
store(o)
store(o)
print("stored twice by callee:", sys.getrefcount(o) - base)
stored.clear()
def default_and_arg(a, b=o):
    return sys.getrefcount(a) - base
print("arg that is also the default:", default_and_arg(o))
class C:
    def m(self, a):
        return sys.getrefcount(a) - base
print("method argument:", C().m(o))
print("lambda argument:", (lambda a: sys.getrefcount(a) - base)(o))
def recurse(a, n):
    if n == 0:
        return sys.getrefcount(a) - base
    return recurse(a, n - 1)
print("five frames deep:", recurse(o, 4))
print("after all calls:", sys.getrefcount(o) - base)
