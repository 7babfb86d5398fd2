# Positional-only parameters before /.
def power(base, exp, /, mod=None):
    return pow(base, exp, mod)

print(power(2, 10), power(2, 10, 1000), power(2, 10, mod=7))
try:
    power(base=2, exp=3)
except TypeError as e:
    print(e)

def f(a, /, b, *, c):
    return a, b, c

print(f(1, 2, c=3), f(1, b=2, c=3))
def g(name, /, **kw):
    return name, kw
print(g("x", name="y"))
