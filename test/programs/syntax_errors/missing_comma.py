# Two adjacent expressions in a list display: CPython suggests a comma.
items = [1, 2 3, 4]
print(items)

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
