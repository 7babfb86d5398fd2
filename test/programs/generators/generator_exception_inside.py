# An exception inside a generator finishes it; later next() raises StopIteration.
def g():
    yield 1
    raise ValueError("inside")
    yield 2

it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)
print(next(it, "exhausted"))
