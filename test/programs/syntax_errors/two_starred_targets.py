# Only one starred target is allowed in an assignment.
first, *middle, *rest = range(10)
print(middle)

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
