# Notebook cell In [21], exactly as written: the final expression is not printed.
# Closures and Free Variables
def outer():
    x = 10
    def inner():
        print(x)  # 'x' is a free variable captured in the closure
    return inner

func = outer()
func.__closure__  # This contains the reference to the free variable 'x'
