# A line indented for no reason.
a = 1
    b = 2
print(a + b)

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
