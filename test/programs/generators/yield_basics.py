# A generator function returns a generator; the body runs lazily on next().
def gen():
    print("start")
    yield 1
    print("between")
    yield 2
    print("end")

g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(gen()))
