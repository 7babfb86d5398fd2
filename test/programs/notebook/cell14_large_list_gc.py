# Notebook cell In [14], exactly as written (the expression value is not printed).
import gc

# Create a large list
large_list = [i for i in range(1000000)]

# Delete the list
del large_list

# Force garbage collection
gc.collect()
