# generator state, return value, StopIteration
def gen():
    x = yield 1
    print("x =", x)
    return "result"
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
print(g.gi_frame)
def empty():
    return
    yield
print(list(empty()))
def counter():
    n = 0
    while n < 3:
        yield n
        n += 1
c = counter()
for v in c:
    print(v, end=" ")
print()
print(next(c, "exhausted"))
def pep479():
    yield 1
    raise StopIteration("inside")
try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
import itertools
print(list(itertools.takewhile(lambda v: v < 100, fib())))
print(repr(gen)[:13], type(g).__name__)
