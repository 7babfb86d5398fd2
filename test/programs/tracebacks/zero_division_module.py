# Uncaught ZeroDivisionError at module level, after some output.
print("computing")
a = 10
b = 0
print(a / b)
print("never")
