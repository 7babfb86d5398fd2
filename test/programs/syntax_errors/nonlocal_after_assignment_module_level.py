# nonlocal at module level after an assignment: the "assigned before" check wins.
x = 1
nonlocal x
x = 2

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
