# Deleting items shrinks the allocation only below half; clear() frees the item array.
import sys
y = list(range(100))
print(sys.getsizeof(y))
del y[60:]
print(len(y), sys.getsizeof(y))
del y[40:]
print(len(y), sys.getsizeof(y))
del y[10:]
print(len(y), sys.getsizeof(y))
y.pop()
print(len(y), sys.getsizeof(y))
y.clear()
print(len(y), sys.getsizeof(y))
y.append(1)
print(len(y), sys.getsizeof(y))
