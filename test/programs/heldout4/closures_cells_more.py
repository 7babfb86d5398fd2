# closure cells: sharing, late binding, cells in comprehensions and class bodies
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = make_pair()
s(10)
print(g(), g.__closure__[0].cell_contents, g.__closure__[0] is s.__closure__[0])
def outer():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]
print(outer())
def outer2():
    fns = []
    for i in range(3):
        fns.append(lambda i=i: i)
    return [f() for f in fns]
print(outer2())
def counter_factory():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
a, b = counter_factory(), counter_factory()
print(a(), a(), b(), a.__closure__[0].cell_contents)
def free_vars():
    x, y = 1, 2
    def inner():
        return x + y
    return inner
f = free_vars()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__], f())
def cell_in_class():
    v = "captured"
    class K:
        attr = v
        def m(self):
            return v
    return K.attr, K().m()
print(cell_in_class())
def modify_after():
    items = []
    def add(x):
        items.append(x)
        return items
    items = ["replaced"]
    return add(1)
print(modify_after())
import sys
def rc():
    big = [1, 2, 3]
    def use():
        return big
    return sys.getrefcount(big), use
print(rc()[0])
