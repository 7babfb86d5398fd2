# Notebook cell In [6], exactly as written: refcounts 3 then 2.
import sys

a = []  # Create an empty list
b = a   # Assign 'b' to the same list

print(sys.getrefcount(a))  # Output will be 3 (a, b, and the argument passed to getrefcount())

# Decrease the reference count
del b
print(sys.getrefcount(a))  # Now the count will be 2 (a and the argument passed to getrefcount())
