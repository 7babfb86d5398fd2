# Closures: late binding, cell sharing between closures, __closure__ contents, counters.
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in adders()])
def adders_fixed():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]
print([f(10) for f in adders_fixed()])
def pair():
    shared = []
    def push(v):
        shared.append(v)
    def peek():
        return list(shared)
    return push, peek
push, peek = pair()
push(1); push(2)
print(peek())
print(push.__closure__[0] is peek.__closure__[0], push.__closure__[0].cell_contents)
print(push.__code__.co_freevars, pair.__code__.co_cellvars)
def no_closure():
    return 1
print(no_closure.__closure__)
def outer():
    x = "first"
    def get():
        return x
    x = "second"
    return get
print(outer()())
def fib_memo():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(80))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()
print(deep()(), len(deep().__closure__))
