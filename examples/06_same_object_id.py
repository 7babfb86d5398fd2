# The heap holds every object; names refer to them (notebook cell In [15]).
# `b = a` copies a reference, not the list: id(a) and id(b) are the same
# address, the list's refcount goes up by one.
a = [1, 2, 3]  # Creates a list object on the heap and assigns the reference to 'a'
b = a          # 'b' now references the same memory location as 'a'

# Let's inspect the memory addresses
print(id(a))  # This gives the memory address of the list object
print(id(b))  # The same as id(a): 'b' references the same object
