# A bracket closed by the wrong kind of closer.
data = {"a": [1, 2, 3)}
print(data)

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
