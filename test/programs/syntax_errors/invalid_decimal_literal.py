# A digit run immediately followed by letters.
count = 3
value = 12abc
print(value)

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
