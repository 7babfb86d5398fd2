# Notebook cell In [15], exactly as written: the same id printed twice.
a = [1, 2, 3]  # Creates a list object on the heap and assigns the reference to 'a'
b = a          # 'b' now references the same memory location as 'a'

# Let's inspect the memory addresses
print(id(a))  # This gives the memory address of the list object
print(id(b))  # This will be the same as 'id(a)', as 'b' is referencing the same object
