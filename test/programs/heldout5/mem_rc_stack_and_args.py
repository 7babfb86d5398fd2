# refcounts seen from inside calls, comprehensions, lambdas and methods
import sys
class Thing:
    def method(self, other):
        return sys.getrefcount(self), sys.getrefcount(other)
    @staticmethod
    def static(x):
        return sys.getrefcount(x)
    @classmethod
    def cls(cls, x):
        return sys.getrefcount(x)
t = Thing()
u = Thing()
print(sys.getrefcount(t), t.method(u), Thing.method(t, u), Thing.static(t), Thing.cls(t))
print([sys.getrefcount(x) for x in [t]])
print((lambda x: sys.getrefcount(x))(t))
print(list(map(sys.getrefcount, [t, u])))
def kw(*, item):
    return sys.getrefcount(item)
print(kw(item=t))
def defaults(x=t):
    return sys.getrefcount(x)
print(defaults(), sys.getrefcount(t))
del defaults
print(sys.getrefcount(t))
def gen(x):
    yield sys.getrefcount(x)
print(next(gen(t)))
pair = (t, u)
a, b = pair
print(sys.getrefcount(t))
