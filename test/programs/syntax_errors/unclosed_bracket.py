# An opening bracket that is never closed: CPython reports it at the opener.
values = [1, 2, 3
print(values)
total = 0

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
