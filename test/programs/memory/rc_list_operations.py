# append, pop, insert, remove and slicing change refcounts of the items.
import sys
x = object()
lst = []
lst.append(x)
print(sys.getrefcount(x))
lst.insert(0, x)
print(sys.getrefcount(x))
copy = lst[:]
print(sys.getrefcount(x))
popped = lst.pop()
print(sys.getrefcount(x))
lst.remove(x)
print(sys.getrefcount(x))
del copy, popped
print(sys.getrefcount(x))
