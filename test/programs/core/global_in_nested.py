# A global declaration in a nested function bypasses the enclosing scope.
x = "module"

def outer():
    x = "outer"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x

print(outer(), x)
