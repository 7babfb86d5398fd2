# generator cleanup: finally blocks, close(), garbage collection of suspended generators
def gen(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        print("cleanup", tag)
g = gen("a")
print(next(g))
del g
print("after del")
g = gen("b")
print(list(g))
g = gen("c")
next(g)
g.close()
g.close()
print("closed twice")
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
y = yield_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_in_finally():
    try:
        yield 1
    finally:
        return
r = returns_in_finally()
next(r)
r.close()
print("return in finally is fine")
def catches():
    while True:
        try:
            yield
        except GeneratorExit:
            print("GeneratorExit seen")
            raise
c = catches()
next(c)
c.close()
def exhausted():
    yield 1
e = exhausted()
print(list(e), next(e, "done"))
try:
    e.throw(ValueError("late"))
except ValueError as err:
    print("thrown into finished generator:", err)
