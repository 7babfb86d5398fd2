# generator send/throw/close
def echo():
    print("started")
    received = None
    try:
        while True:
            try:
                received = yield received
                print("got", received)
            except ValueError as e:
                print("handled", e)
                received = "after error"
    finally:
        print("cleanup")
g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("bad")))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
def g2():
    yield 1
x = g2()
try:
    x.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(list(x))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
