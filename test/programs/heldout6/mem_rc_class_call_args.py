# refcounts seen inside __init__, __new__ and __call__: the argument tuple and keyword dict of a class call
import sys, gc
class C:
    def __init__(self, x, y=None):
        print("init", sys.getrefcount(x))
    def __call__(self, v, w=None):
        print("call", sys.getrefcount(v))
class N:
    def __new__(cls, x, **kw):
        print("new", sys.getrefcount(x))
        return super().__new__(cls)
    def __init__(self, x, **kw):
        print("init after new", sys.getrefcount(x))
o = object()
C(o)
C(o, y=o)
C(x=o)
c = C(o)
c(o)
c(o, w=o)
N(o)
N(o, k=1)
def f(x):
    print("function", sys.getrefcount(x))
f(o)
class L(list):
    def __init__(self, it):
        print("list subclass", sys.getrefcount(it))
        super().__init__(it)
L([o])
def delta(make):
    gc.collect()
    before = gc.get_count()[0]
    obj = make()
    return gc.get_count()[0] - before
class Q:
    def __init__(self, x=None):
        self.x = x
print(delta(lambda: Q(1)), delta(lambda: [Q(i) for i in range(5)]), delta(lambda: Q(x=1)), delta(lambda: str(5)), delta(lambda: int("7")))
