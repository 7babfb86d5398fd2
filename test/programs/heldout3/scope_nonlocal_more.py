# nonlocal and global in nested and class scopes
def make():
    count = 0
    def a():
        nonlocal count
        count += 1
        def b():
            nonlocal count
            count *= 10
            return count
        return b()
    def get():
        return count
    return a, get
a, get = make()
print(a(), a(), get())
def gen_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    while True:
        yield step()
gc = gen_counter()
print(next(gc), next(gc), next(gc))
g = 0
def change():
    global g
    g += 1
    def inner():
        global g
        g *= 5
    inner()
change()
print(g)
def outer():
    x = "outer"
    class Inner:
        nonlocal x
        x = "set by class"
    return x
print(outer())
def with_del():
    v = 1
    def reader():
        return v
    del v
    try:
        return reader()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(with_del())
x = "module"
def shadowing():
    x = "function"
    return [x for _ in range(1)], (lambda: x)()
print(shadowing())
