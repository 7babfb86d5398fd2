# Nested function definitions and calls, and inner function names.
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(2)(3))
f = outer(10)
print(f.__name__, f.__qualname__)
g = f(20)
print(g.__qualname__, g(30))
print(outer.__code__.co_cellvars, f.__code__.co_freevars, g.__code__.co_freevars)
