# The notebook's first example: a list bound to a and b, then del b.
import sys
a = []
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
