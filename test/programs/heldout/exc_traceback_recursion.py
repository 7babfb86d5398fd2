# uncaught error deep in recursion
def countdown(n):
    if n == 0:
        return [][n]
    return countdown(n - 1)
print("go")
countdown(5)
