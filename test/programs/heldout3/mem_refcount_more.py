# refcounts through attributes, methods, and containers of containers
import sys
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
payload = object()
print(sys.getrefcount(payload))
b = Box(payload)
print(sys.getrefcount(payload))
got = b.get()
print(sys.getrefcount(payload))
del got
boxes = [Box(payload) for _ in range(3)]
print(sys.getrefcount(payload))
nested = [[payload], [[payload]]]
print(sys.getrefcount(payload))
del boxes
print(sys.getrefcount(payload))
nested.clear()
print(sys.getrefcount(payload))
b.v = None
print(sys.getrefcount(payload))
meth = b.get
print(sys.getrefcount(b))
del meth
print(sys.getrefcount(b))
lst = []
lst.append(lst)
print(sys.getrefcount(lst))
