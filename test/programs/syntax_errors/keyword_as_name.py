# A keyword used as a variable name.
class = "first"
print(class)

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
