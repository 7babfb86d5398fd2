# Notebook cell In [21] with func.__closure__ printed, as the notebook displays it.
# Closures and Free Variables
def outer():
    x = 10
    def inner():
        print(x)  # 'x' is a free variable captured in the closure
    return inner

func = outer()
print(func.__closure__)  # This contains the reference to the free variable 'x'
