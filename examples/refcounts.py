import sys

a = []  # Create an empty list
b = a   # Assign 'b' to the same list

print(sys.getrefcount(a))  # 3: a, b, and the argument passed to getrefcount()

del b
print(sys.getrefcount(a))  # 2
