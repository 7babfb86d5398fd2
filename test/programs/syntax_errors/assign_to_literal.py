# A literal cannot be assigned to.
x = 1
1 = x

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
