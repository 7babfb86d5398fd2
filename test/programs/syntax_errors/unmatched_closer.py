# A closing parenthesis without an opener.
print("start")
x = (1 + 2))
print(x)

# Never executed: a syntax error stops the whole file from compiling.
print("unreachable")
