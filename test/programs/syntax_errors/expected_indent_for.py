# The body of a for loop must be indented.
for i in range(3):
print(i)

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
