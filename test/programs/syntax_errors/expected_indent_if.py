# The body of an if must be indented.
x = 3
if x > 2:
print("x is big")

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
