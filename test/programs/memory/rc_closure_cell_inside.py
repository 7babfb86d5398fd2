# Inside the defining function a captured variable lives only in its cell.
import sys

def outer():
    v = []
    print("v:", sys.getrefcount(v))
    def inner():
        return v
    cell = inner.__closure__[0]
    print("cell:", sys.getrefcount(cell))
    print("v after closure:", sys.getrefcount(v))
    return inner

fn = outer()
cell = fn.__closure__[0]
print("cell after return:", sys.getrefcount(fn.__closure__[0]))
print("contents:", sys.getrefcount(cell.cell_contents))
