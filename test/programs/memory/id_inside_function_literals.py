# Inside one function, equal literals are one constant; run-time results are not.
def f():
    a = 10 ** 6
    b = 10 ** 6
    c = int("1000000")
    d = int("1000000")
    return a is b, c is d, c == d

print(f())
def g():
    x = 3.5
    y = 3.5
    z = float("3.5")
    return x is y, x is z
print(g())
