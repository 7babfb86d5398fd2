# Constants are shared between functions and module level of the same file.
def f():
    return 10 ** 6

def g():
    big = 1000000
    return big

def h():
    return 3.14, "not an identifier!", (1, 2)

m = 10 ** 6
print(f() is m, g() is m, f() is g())
pi = 3.14
text = "not an identifier!"
pair = (1, 2)
r = h()
print(r[0] is pi, r[1] is text, r[2] is pair)
print(r[1] is h()[1], r[2] is h()[2])
