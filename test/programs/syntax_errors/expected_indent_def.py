# The body of a function must be indented.
def square(n):
return n * n

print(square(4))
