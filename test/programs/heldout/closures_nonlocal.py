# closures and nonlocal
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
fns = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fns])
fns2 = [lambda: i for i in range(3)]
print([f() for f in fns2])
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(100) for a in adders()])
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
print(inc.__closure__[0].cell_contents, len(inc.__closure__), inc.__code__.co_freevars)
def f():
    y = 1
    def g():
        return y
    y = 2
    return g
print(f()())
def h():
    def use():
        return z
    try:
        use()
    except NameError as e:
        print("NameError:", e)
    z = 5
    return use()
print(h())
