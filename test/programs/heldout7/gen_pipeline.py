# Generator pipelines: lazy stages interleaving, coroutine-style consumers, infinite generators with islice.
import itertools
trace = []
def numbers():
    for i in range(1, 7):
        trace.append(f"gen {i}")
        yield i
def squares(it):
    for x in it:
        trace.append(f"sq {x}")
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            trace.append(f"keep {x}")
            yield x
print(list(evens(squares(numbers()))))
print(trace[:6])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)), next(itertools.dropwhile(lambda x: x < 1000, fib())))
def coroutine(fn):
    def start(*a):
        g = fn(*a)
        next(g)
        return g
    return start
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
print([a.send(v) for v in (10, 20, 60, 5)])
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())
@coroutine
def printer():
    while True:
        line = yield
        print("got:", line)
p = grep("py", printer())
for line in ["python", "ruby", "pypy", "go"]:
    p.send(line)
def take(n, it):
    for _ in range(n):
        yield next(it)
print(list(take(3, iter("abcdef"))))
def windows(seq, n):
    it = iter(seq)
    win = list(itertools.islice(it, n))
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(windows(range(6), 3)))
