# refcounts of exceptions and objects referenced by tracebacks
import sys
class Boom(Exception):
    pass
def fail(payload):
    raise Boom(payload)
data = ["payload"]
try:
    fail(data)
except Boom as e:
    print(e.args[0] is data, sys.getrefcount(data) > 2)
    saved = e
print(sys.getrefcount(data) >= 3)
del saved
print(sys.getrefcount(data))
try:
    raise ValueError("x")
except ValueError as err:
    msg = str(err)
print(msg, "err" in dir())
