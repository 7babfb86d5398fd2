# scoping in class bodies, comprehensions inside classes, nested functions
x = "global x"
class C:
    x = "class x"
    y = x + "!"
    items = [x for _ in range(2)]
    def method(self):
        return x
    def method2(self):
        return self.x
print(C.y, C.items, C().method(), C().method2())
def outer():
    x = "outer x"
    class D:
        x = "D x"
        def m(self):
            return x
        z = x
    return D().m(), D.z
print(outer())
def f():
    x = 1
    def g():
        return x
    x = 2
    return g()
print(f())
def counter():
    counts = {"n": 0}
    def inc():
        counts["n"] += 1
        return counts["n"]
    return inc
c = counter()
print(c(), c(), c())
def shadow():
    print = lambda *a: None
    print("hidden")
    return "done"
print(shadow())
def uses_global():
    global gv
    gv = "set in function"
uses_global()
print(gv)
def closure_over_loop():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [fn() for fn in fns]
print(closure_over_loop())
