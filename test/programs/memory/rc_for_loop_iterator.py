# In a for loop, the list iterator holds the list, and the loop variable holds the item.
import sys
seq = [object(), object()]
print(sys.getrefcount(seq))
for item in seq:
    print(sys.getrefcount(seq), sys.getrefcount(item))
print(sys.getrefcount(seq), sys.getrefcount(item))
del item
it = iter(seq)
print(sys.getrefcount(seq))
del it
print(sys.getrefcount(seq))
