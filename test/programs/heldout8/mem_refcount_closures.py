# Refcounts through closures: cells keep values alive, several closures share one cell, cell rebinding.
import sys
def make(v):
    def get():
        return v
    return get
item = object()
base = sys.getrefcount(item)
g = make(item)
print("closure over item:", sys.getrefcount(item) - base)
g2 = make(item)
print("two closures:", sys.getrefcount(item) - base)
cell = g.__closure__[0]
print("cell refcount:", sys.getrefcount(cell), "cell_contents is item:", cell.cell_contents is item)
del g
print("after del g (cell still held by our name):", sys.getrefcount(item) - base)
del cell
print("after del cell:", sys.getrefcount(item) - base)
del g2
print("all closures gone:", sys.getrefcount(item) - base)
def pair(v):
    def a():
        return v
    def b():
        return v
    return a, b
a, b = pair(item)
print("shared cell counts once:", sys.getrefcount(item) - base, a.__closure__[0] is b.__closure__[0])
c = a.__closure__[0]
print("cell held by 2 funcs + name:", sys.getrefcount(c) - 1)
del a, b, c
print("gone:", sys.getrefcount(item) - base)
def rebinder():
    x = item
    def set_other():
        nonlocal x
        x = None
    def get():
        return x
    return set_other, get
s, gt = rebinder()
print("before rebinding:", sys.getrefcount(item) - base)
s()
print("after nonlocal rebinding:", sys.getrefcount(item) - base, gt())
lam = (lambda y: lambda: y)(item)
print("lambda closure:", sys.getrefcount(item) - base)
del lam
fn_base = sys.getrefcount(make)
closures = [make(i) for i in range(3)]
print("the factory function itself is not referenced by closures:", sys.getrefcount(make) - fn_base)
