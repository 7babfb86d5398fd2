# The exception object is referenced by the name, the thread state and the traceback machinery.
import sys
try:
    raise ValueError("x")
except ValueError as e:
    print(sys.getrefcount(e))
    saved = e
    print(sys.getrefcount(e))
print(sys.getrefcount(saved))
print(saved.__traceback__ is not None)
saved.__traceback__ = None
print(sys.getrefcount(saved))
