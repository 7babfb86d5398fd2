# Refcounts of items seen inside a list comprehension.
import sys
items = [object(), object()]
print([sys.getrefcount(x) for x in items])
print([sys.getrefcount(items) for _ in range(1)])
print(sys.getrefcount(items))
gen_counts = list(sys.getrefcount(x) for x in items)
print(gen_counts)
