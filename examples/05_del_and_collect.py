# del and gc.collect() (notebook cell In [14]).
# A million-element list is too big for pymalloc's pools: its item array comes
# from the system allocator (see the Heap view's system blocks). `del` drops
# the last reference, so reference counting frees the list and its ints at
# once; gc.collect() then finds nothing to do and returns 0.
import gc

# Create a large list
large_list = [i for i in range(1000000)]

# Delete the list
del large_list

# Force garbage collection
print(gc.collect())  # 0: the list was already freed by reference counting
