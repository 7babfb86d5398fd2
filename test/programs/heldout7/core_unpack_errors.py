# Exact ValueError/TypeError messages of failed unpacking.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def f1():
    a, b = [1, 2, 3]
def f2():
    a, b, c = [1]
def f3():
    a, *b, c = [1]
def f4():
    a, b = 5
def f5():
    a, b = "x"
def f6():
    a, b = iter([1, 2, 3])
def f7():
    (a, b), c = [1, 2], 3, 4
def f8():
    a, b = None
def f9():
    a, *b, c, d = (1, 2)
def f10():
    x, = ()
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
    attempt(f)
a, b = {"x": 1, "y": 2}
print(a, b)
a, b = {"x": 1, "y": 2}.items()
print(a, b)
*s, = "hi"
print(s)
