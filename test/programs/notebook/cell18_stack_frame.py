# Notebook cell In [18], exactly as written: no output.
# Stack frame
def example():
    x = 10  # Reference to the integer object 10 is stored in the stack frame of 'example'
    lst = [1, 2, 3]  # Reference to the list object is also stored in the stack frame

example()
