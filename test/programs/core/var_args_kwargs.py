# *args and **kwargs collect extra arguments.
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)

show()
show(1, 2)
show(a=1, b=2)
show(1, "two", three=3)

def total(first, *rest):
    return first + sum(rest)

print(total(1), total(1, 2, 3))
