# 'is' with a literal compiles with a SyntaxWarning (printed to stderr before
# the program runs) and still evaluates by identity.
x = 300
print(x == 300)
print(x is 300)
print("done")
