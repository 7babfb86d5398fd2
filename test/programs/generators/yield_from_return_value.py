# yield from delegates and returns the subgenerator's return value.
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"

g = outer()
print(list(g))
def collect():
    r = yield from outer()
    yield r
print(list(collect()))
