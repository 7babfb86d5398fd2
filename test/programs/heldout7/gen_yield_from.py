# yield from: delegation of send/throw/close, return value capture, delegation to iterables and subgenerators.
def inner():
    received = []
    try:
        while True:
            x = yield len(received)
            if x == "stop":
                return received
            received.append(x)
    finally:
        print("inner finally")
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer done"
g = outer()
print(next(g), g.send("a"), g.send("b"), g.send("stop"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 0}, (x * x for x in range(3)))))
def thrower():
    try:
        yield 1
    except KeyError as e:
        yield f"inner handled {e}"
def delegate():
    r = yield from thrower()
    yield ("after", r)
d = delegate()
print(next(d), d.throw(KeyError("K")), next(d))
d2 = delegate()
next(d2)
d2.close()
print("closed delegate")
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def ret_only():
    return "just return"
    yield
def take_ret():
    v = yield from ret_only()
    yield v
print(list(take_ret()))
def send_to_iter():
    yield from [1, 2, 3]
s = send_to_iter()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(e)
def depth(n):
    if n:
        yield from depth(n - 1)
    yield n
print(list(depth(5)))
