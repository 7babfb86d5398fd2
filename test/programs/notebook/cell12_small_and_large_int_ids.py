# Notebook cell In [12], exactly as written. In a script both comparisons print True:
# 10**6 is folded to one constant of the single compiled module (the notebook showed
# False because each REPL line is compiled separately).
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
