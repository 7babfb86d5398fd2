# Only one of the two instances had its __dict__ materialised: 3 objects.
import gc

class Node:
    pass

a = Node()
b = Node()
a.other = b
b.other = a
vars(a)
del a, b
print(gc.collect())
