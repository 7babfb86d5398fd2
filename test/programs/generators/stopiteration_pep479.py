# PEP 479: StopIteration leaking out of a generator body becomes RuntimeError.
def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

def fixed(it):
    for x in it:
        yield x
print(list(fixed(iter([1, 2]))))
def returns():
    yield 1
    return "value"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
