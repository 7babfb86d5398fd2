# Default argument values hold references in __defaults__/__kwdefaults__; replacing them releases.
import sys
sentinel = object()
base = sys.getrefcount(sentinel)
def f(a=sentinel, b=sentinel):
    return a
print("two defaults:", sys.getrefcount(sentinel) - base)
def g(*, k=sentinel):
    return k
print("plus kw default:", sys.getrefcount(sentinel) - base)
print("call returns it, refcount during call:", sys.getrefcount(f()) - base)
f.__defaults__ = (None, None)
print("after replacing __defaults__:", sys.getrefcount(sentinel) - base)
g.__kwdefaults__ = None
print("after clearing __kwdefaults__:", sys.getrefcount(sentinel) - base)
shared = []
sb = sys.getrefcount(shared)
def h(acc=shared):
    acc.append(1)
    return acc
h(); h()
print("mutated default still one ref:", sys.getrefcount(shared) - sb, shared)
lam = lambda x=shared: x
print("lambda default:", sys.getrefcount(shared) - sb)
del lam, h
print("functions deleted:", sys.getrefcount(shared) - sb)
def make_many():
    return [lambda v=sentinel: v for _ in range(4)]
fs = make_many()
print("four lambdas with default:", sys.getrefcount(sentinel) - base)
fs.clear()
print("cleared:", sys.getrefcount(sentinel) - base)
