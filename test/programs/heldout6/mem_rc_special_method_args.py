# refcounts seen inside special methods called by the interpreter and by builtins
import sys
o = object()
class K:
    def m(self, x):
        return sys.getrefcount(x)
    @property
    def p(self):
        return sys.getrefcount(self)
    def __getitem__(self, k):
        return sys.getrefcount(k)
    def __eq__(self, other):
        print("eq", sys.getrefcount(other))
        return True
    def __hash__(self):
        return 1
    def __len__(self):
        print("len self", sys.getrefcount(self))
        return 0
    def __repr__(self):
        print("repr self", sys.getrefcount(self))
        return "K"
    def __getattr__(self, name):
        print("getattr", name)
        return 1
    def __setitem__(self, k, v):
        print("setitem", sys.getrefcount(k), sys.getrefcount(v))
    def __contains__(self, v):
        print("contains", sys.getrefcount(v))
        return True
    def __call__(self, *a, **kw):
        print("call star", sys.getrefcount(a[0]) if a else None)
    def __iter__(self):
        print("iter self", sys.getrefcount(self))
        return iter([])
    def __add__(self, other):
        print("add", sys.getrefcount(other))
        return 1
    def __radd__(self, other):
        print("radd", sys.getrefcount(other))
        return 1
    def __bool__(self):
        print("bool self", sys.getrefcount(self))
        return True
    def __enter__(self):
        print("enter self", sys.getrefcount(self))
        return self
    def __exit__(self, *a):
        print("exit self", sys.getrefcount(self))
k = K()
print("method", k.m(o))
print("unbound", K.m(k, o))
print("getattr-bound", getattr(k, "m")(o))
print("property", k.p)
print("getitem", k[o])
k == o
o == k
len(k)
repr(k)
k.missing_attr
k[o] = o
o in k
k(o)
k(o, key=o)
list(k)
k + o
o + k if False else None
bool(k)
with k:
    pass
print("sorted key", [sys.getrefcount(o) for _ in sorted([o], key=lambda v: print("key", sys.getrefcount(v)))])
print("map", list(map(lambda v: sys.getrefcount(v), [o])))
def star(*args):
    return sys.getrefcount(args[0])
def kws(**kw):
    return sys.getrefcount(kw["a"])
print("star", star(o), star(*[o]), "kws", kws(a=o), kws(**{"a": o}))
def gen():
    v = yield
    print("sent", sys.getrefcount(v))
    yield
g = gen(); next(g); g.send(o)
class B:
    def __init__(self, x):
        print("base init", sys.getrefcount(x))
class D(B):
    def __init__(self, x):
        super().__init__(x)
D(o)
import functools
print("reduce", functools.reduce(lambda a, b: sys.getrefcount(b), [o, o]))
print("filter", list(filter(lambda v: print("filt", sys.getrefcount(v)), [o])))
