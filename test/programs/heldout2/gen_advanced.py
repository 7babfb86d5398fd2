# generators: return values, close inside loops, generators as coroutines
def counter(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("got", received)
    finally:
        print("counter done")
    return "finished"
g = counter(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("return:", e.value)
g2 = counter(10)
for v in g2:
    if v == 2:
        break
print("broke at 2")
g2.close()
print(g2.gi_frame is None)
def tally():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
t = tally()
next(t)
for n in [5, 10, 15]:
    print(t.send(n))
try:
    t.send(None)
except StopIteration as e:
    print("final", e.value)
def squares():
    n = 0
    while True:
        n += 1
        yield n * n
import itertools
print(list(itertools.takewhile(lambda x: x < 50, squares())))
def nested():
    for i in range(3):
        yield (j for j in range(i))
print([list(x) for x in nested()])
gen = (x for x in range(3))
print(list(zip(gen, gen)))
def ex():
    try:
        yield 1
    except ValueError:
        yield "handled"
    yield "after"
e = ex()
print(next(e), e.throw(ValueError), next(e))
