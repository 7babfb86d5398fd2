# The Python 2 print statement.
name = "world"
print "hello"

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
