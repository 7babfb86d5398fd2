# Inside a with block the context manager is also referenced by the saved __exit__.
import sys

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

cm = CM()
print(sys.getrefcount(cm))
with cm:
    print(sys.getrefcount(cm))
with cm as target:
    print(sys.getrefcount(cm))
print(sys.getrefcount(cm))
del target
print(sys.getrefcount(cm))
