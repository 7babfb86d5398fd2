# nonlocal is only allowed inside nested functions.
print("never printed")
nonlocal x
x = 2

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
