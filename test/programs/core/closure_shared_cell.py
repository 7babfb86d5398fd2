# Two closures created in one call share the same cell.
def pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set

get, set_ = pair()
print(get())
set_(42)
print(get())
print(get.__closure__[0] is set_.__closure__[0])
g2, s2 = pair()
print(g2(), g2.__closure__[0] is get.__closure__[0])
