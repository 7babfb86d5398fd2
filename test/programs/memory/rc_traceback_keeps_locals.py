# A stored exception's traceback keeps the failing frame's locals alive.
import sys

def fail(payload):
    local_ref = payload
    raise RuntimeError("boom")

data = [1, 2, 3]
print(sys.getrefcount(data))
try:
    fail(data)
except RuntimeError as e:
    err = e
print(sys.getrefcount(data))
err.__traceback__ = None
print(sys.getrefcount(data))
del err
print(sys.getrefcount(data))
