# Two closures sharing one cell: the cell is referenced by both closure tuples.
import sys

def make():
    n = []
    def a():
        return n
    def b():
        return n
    return a, b

a, b = make()
c = a.__closure__[0]
print(c is b.__closure__[0])
print(sys.getrefcount(c))
print(sys.getrefcount(c.cell_contents))
del b
print(sys.getrefcount(c))
