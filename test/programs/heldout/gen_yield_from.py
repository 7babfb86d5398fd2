# yield from
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from range(3, 5)
    yield from "ab"
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0}, "x")))
def tree(n):
    if n:
        yield n
        yield from tree(n - 1)
        yield from tree(n - 1)
print(list(tree(3)))
def acc():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def delegator(results):
    while True:
        r = yield from acc()
        results.append(r)
res = []
d = delegator(res)
next(d)
for v in [1, 2, 3, None, 10, None]:
    d.send(v)
print(res)
def thrower():
    try:
        yield "a"
    except KeyError:
        yield "caught in inner"
def wrap():
    yield from thrower()
    yield "after"
w = wrap()
print(next(w), w.throw(KeyError), next(w))
