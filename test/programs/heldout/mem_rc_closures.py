# refcounts held by closures and cells
import sys
def make(obj):
    def inner():
        return obj
    return inner
data = {"x": 1}
print(sys.getrefcount(data))
f = make(data)
print(sys.getrefcount(data))
g = make(data)
print(sys.getrefcount(data))
cell = f.__closure__[0]
print(type(cell).__name__, cell.cell_contents is data, sys.getrefcount(cell))
del f
print(sys.getrefcount(data), sys.getrefcount(cell))
del cell
del g
print(sys.getrefcount(data))
