# Releasing an outer container releases the inner references it held.
import sys
leaf = object()
tree = [[leaf, [leaf]], {"x": leaf}]
print(sys.getrefcount(leaf))
tree[0][1] = None
print(sys.getrefcount(leaf))
del tree
print(sys.getrefcount(leaf))
