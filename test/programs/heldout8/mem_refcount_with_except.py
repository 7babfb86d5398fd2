# Refcounts around with-statements (as-target, __exit__ args) and except-as (name cleared after block).
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = ev
        return True
cm = CM()
base = sys.getrefcount(cm)
with cm as target:
    print("inside with (manager + target):", sys.getrefcount(cm) - base)
print("after with, target still bound:", sys.getrefcount(cm) - base)
del target
err = ValueError("kept")
eb = sys.getrefcount(err)
with cm:
    raise err
print("__exit__ stored the exception:", sys.getrefcount(err) - eb)
cm.seen = None
print("cleared:", sys.getrefcount(err) - eb)
try:
    raise err
except ValueError as caught:
    print("in except block:", sys.getrefcount(err) - eb)
print("after except block:", sys.getrefcount(err) - eb, "name deleted:", "caught" not in dir())
def keep():
    try:
        raise err
    except ValueError as e:
        saved = e
    return saved
r = keep()
print("kept via other name:", sys.getrefcount(err) - eb)
del r
print("traceback attached while raised remains:", err.__traceback__ is not None)
err.__traceback__ = None
print("after dropping traceback:", sys.getrefcount(err) - eb)
x = object()
xb = sys.getrefcount(x)
try:
    raise KeyError(x)
except KeyError as k:
    print("exception args hold the object:", sys.getrefcount(x) - xb)
print("exception freed:", sys.getrefcount(x) - xb)
