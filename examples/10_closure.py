# Closures and free variables (notebook cell In [21]).
# x outlives outer()'s frame because it lives in a cell object, referenced by
# inner's __closure__. Step in to see the Closure scope, then look at the cell
# in the Heap view.
def outer():
    x = 10
    def inner():
        print(x)  # 'x' is a free variable captured in the closure
    return inner

func = outer()
print(func.__closure__)  # (<cell at 0x…: int object at 0x…>,)
