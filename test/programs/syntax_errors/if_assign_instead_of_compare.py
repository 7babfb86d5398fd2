# '=' used where '==' was meant.
x = 0
if x = 1:
    print("one")

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
