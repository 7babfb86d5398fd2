# iter(callable, sentinel): the comparison is sentinel == value, StopIteration ends it, and the
# exhausted iterator drops its callable and sentinel.
import sys
class Sentinel:
    def __eq__(self, other):
        print("Sentinel.__eq__", other)
        return other == 3
class Value:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("Value.__eq__")
        return NotImplemented
    def __repr__(self): return "Value(%d)" % self.v
n = iter(range(10)).__next__
print(list(iter(lambda: n(), Sentinel())))
vals = iter([Value(1), Value(2)]).__next__
print(list(iter(vals, Sentinel())))
def f():
    return 7
s = object()
it = iter(f, s)
print(type(it).__name__, sys.getrefcount(f), sys.getrefcount(s))
print(next(it), next(it))
it2 = iter(iter([1, 2, 0, 5]).__next__, 0)
print(list(it2), list(it2))
it3 = iter(iter([1]).__next__, s)
print(list(it3), sys.getrefcount(s))
class P:
    @property
    def gone(self):
        raise AttributeError("nope")
    def __getattr__(self, name):
        return "getattr:" + name
print(getattr(P(), "gone"), hasattr(P(), "gone"))
try:
    iter(f, s, 1)
except TypeError as e:
    print(e)
