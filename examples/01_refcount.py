# Reference counting (notebook cell In [6]).
# Every object counts the references to it. Step with F10 and watch the list's
# refcount in the Variables view and the Heap view: `b = a` adds a reference,
# `del b` removes one. sys.getrefcount(a) reports one more than you might
# expect: its own argument is a reference too, while the call runs.
import sys

a = []  # Create an empty list
b = a   # Assign 'b' to the same list

print(sys.getrefcount(a))  # 3: a, b, and the argument passed to getrefcount()

# Decrease the reference count
del b
print(sys.getrefcount(a))  # 2: a and the argument passed to getrefcount()
