# Where names live: co_varnames (fast locals), co_cellvars, co_freevars, __closure__.
def outer(p):
    y = p * 2
    x = [p]
    def inner():
        return x
    return inner

f = outer(1)
print(outer.__code__.co_varnames, outer.__code__.co_cellvars, outer.__code__.co_freevars)
print(f.__code__.co_varnames, f.__code__.co_freevars, f.__code__.co_cellvars)
print(len(f.__closure__), type(f.__closure__[0]).__name__, f.__closure__[0].cell_contents)
print(outer.__closure__, f.__code__.co_nlocals, outer.__code__.co_nlocals, outer.__code__.co_argcount)
