# Small integers are cached; large ones are not (notebook cell In [12]).
# -5..256 are preallocated, statically: every 100 is the same object. 10**6
# is a new int object each time it is computed... except that here the
# compiler folds 10**6 into one constant of this module, so a and b share it
# and both lines print True. (The notebook printed False because each line of
# a REPL cell is compiled separately.) Compare the ids in the Heap view.
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
print(id(a) == id(b))  # True in a script: one folded constant
