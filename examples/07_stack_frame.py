# References held by a stack frame (notebook cell In [18]).
# Step into example() with F11: its frame appears in the Call Stack with the
# locals x and lst. When it returns the frame goes away, the list's refcount
# drops to zero and its block goes back to its pool.
def example():
    x = 10  # Reference to the integer object 10 is stored in the stack frame of 'example'
    lst = [1, 2, 3]  # Reference to the list object is also stored in the stack frame

example()
