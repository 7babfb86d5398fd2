# refcounts during iteration and in comprehensions
import sys
items = [object() for _ in range(3)]
first = items[0]
print(sys.getrefcount(first))
for it in items:
    pass
print(sys.getrefcount(first), sys.getrefcount(items[-1]))
del it
print(sys.getrefcount(items[-1]))
copy = items[:]
print(sys.getrefcount(first))
copy2 = list(items)
print(sys.getrefcount(first))
del copy, copy2
counts = [sys.getrefcount(o) for o in items]
print(counts)
it = iter(items)
print(sys.getrefcount(items))
del it
print(sys.getrefcount(items))
