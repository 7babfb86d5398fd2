# globals() is the module dict; locals() in a function is a snapshot.
x = 1
g = globals()
g["y"] = 2
print(y, "x" in g, g["__name__"])
def f(a):
    b = a * 2
    loc = locals()
    loc["c"] = 99
    return sorted(loc), "c" in locals()
print(f(5))
print(locals() is globals())
print(sorted(k for k in globals() if not k.startswith("__")))
