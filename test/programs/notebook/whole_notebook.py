# The whole seed notebook in order. Cell In [7] is wrapped in try/except so the run
# continues, and the values the notebook displays for expression cells are printed.

# In [6]
import sys

a = []  # Create an empty list
b = a   # Assign 'b' to the same list

print(sys.getrefcount(a))  # Output will be 3 (a, b, and the argument passed to getrefcount())

# Decrease the reference count
del b
print(sys.getrefcount(a))  # Now the count will be 2 (a and the argument passed to getrefcount())

# In [7]
try:
    del a
    sys.getrefcount(a)
except NameError as e:
    print(f"NameError: {e}")

# In [None]
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

# Create a circular reference
node1 = Node(1)
node2 = Node(2)
node1.next = node2
node2.next = node1

# Delete the references to the nodes
del node1
del node2

# Force garbage collection
print(gc.collect())

# In [12]
import sys

# Create a small integer
x = 100
y = 100

# Check if they share the same memory location
print(id(x) == id(y))  # True, small integers are cached

# Create a large integer
a = 10**6
b = 10**6

# Check if they share the same memory location
print(id(a) == id(b))  # False, large integers are not cached

# In [14]
import gc

# Create a large list
large_list = [i for i in range(1000000)]

# Delete the list
del large_list

# Force garbage collection
print(gc.collect())

# In [15]
a = [1, 2, 3]  # Creates a list object on the heap and assigns the reference to 'a'
b = a          # 'b' now references the same memory location as 'a'

# Let's inspect the memory addresses
print(id(a))  # This gives the memory address of the list object
print(id(b))  # This will be the same as 'id(a)', as 'b' is referencing the same object

# In [18]
# Stack frame
def example():
    x = 10  # Reference to the integer object 10 is stored in the stack frame of 'example'
    lst = [1, 2, 3]  # Reference to the list object is also stored in the stack frame

example()

# In [19]
# Global Variables (Module Level)
global_var = "Hello, World!"  # This reference is stored in the global namespace

print(globals()['global_var'])  # Access the reference using the globals() dictionary

# In [20]
# Class and Instance Variables
class MyClass:
    class_var = 42  # Class variable reference stored in MyClass.__dict__

    def __init__(self, value):
        self.instance_var = value  # Instance variable reference stored in the object's __dict__

obj = MyClass(100)
print(MyClass.__dict__['class_var'])   # Access the class variable reference
print(obj.__dict__['instance_var'])    # Access the instance variable reference

# In [21]
# Closures and Free Variables
def outer():
    x = 10
    def inner():
        print(x)  # 'x' is a free variable captured in the closure
    return inner

func = outer()
print(func.__closure__)  # This contains the reference to the free variable 'x'
