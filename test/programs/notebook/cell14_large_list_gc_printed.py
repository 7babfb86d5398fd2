# Notebook cell In [14] with the value of gc.collect() printed: 0, the list was freed
# by reference counting at 'del'.
import gc

# Create a large list
large_list = [i for i in range(1000000)]

# Delete the list
del large_list

# Force garbage collection
print(gc.collect())
