# A single-quoted string that runs off the end of its line.
greeting = "hello
print(greeting)

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
