# CPython's exact TypeError messages for bad calls (calling a literal also
# produces compile-time SyntaxWarnings on stderr).
def f(x, y, z=0):
    return x + y + z

def g(*, key):
    return key

def h():
    return 1

cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, w=3),
    lambda: f(1, 2, x=3),
    lambda: g(1),
    lambda: g(),
    lambda: h(1),
    lambda: h(a=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: "x"(),
    lambda: (1, 2)(),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
