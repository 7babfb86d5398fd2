# yield from: return values, send, nested delegation, exceptions
def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total
def middle():
    r1 = yield from inner(2)
    r2 = yield from inner(3)
    return r1 + r2
def outer():
    result = yield from middle()
    yield f"middle returned {result}"
g = outer()
out = [next(g)]
for v in [10, None, 5, 1, None]:
    out.append(g.send(v))
print(out)
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def gen_with_return():
    yield 1
    return "done"
def delegate():
    value = yield from gen_with_return()
    print("delegate got", value)
    yield value
print(list(delegate()))
def source():
    yield from range(3)
    yield from "ab"
    yield from (x * x for x in range(3))
    yield from {"k": 1}
print(list(source()))
