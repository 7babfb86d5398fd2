# refcounts inside function calls
import sys
def show(obj):
    return sys.getrefcount(obj)
def nested(obj):
    return show(obj)
o = object()
print(sys.getrefcount(o), show(o), nested(o))
def keep(obj, store=[]):
    store.append(obj)
    return sys.getrefcount(obj)
print(keep(o), keep(o), sys.getrefcount(o))
def varargs(*args):
    return sys.getrefcount(args[0])
print(varargs(o))
def kwargs(**kw):
    return sys.getrefcount(kw["a"])
print(kwargs(a=o))
lam = lambda v: sys.getrefcount(v)
print(lam(o))
