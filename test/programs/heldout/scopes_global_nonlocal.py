# global / nonlocal / LEGB
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    global x
    x = "rebound"
print(f(), g(), x)
h()
print(x)
def counter():
    global count
    count = count + 1 if "count" in globals() else 1
counter(); counter()
print(count)
def bad():
    print(y_undefined)
try:
    bad()
except NameError as e:
    print("NameError:", e)
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 1
unbound()
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))
class C:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def m(self):
        try:
            return a
        except NameError as e:
            return "NameError: " + str(e)
print(C().m())
def outer():
    v = 1
    def inner():
        v = 2
        return v
    return inner(), v
print(outer())
for i in range(3):
    pass
print(i)
def shadow(list):
    return list
print(shadow(5), list("ab"))
