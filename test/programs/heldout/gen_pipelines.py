# generator pipelines
def read_lines():
    text = """alpha 3
beta 10
# comment
gamma 7

delta 1"""
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for l in lines:
        if l and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        name, n = l.split()
        yield name, int(n)
def running_max(pairs):
    best = None
    for name, n in pairs:
        if best is None or n > best[1]:
            best = (name, n)
        yield best
print(list(running_max(parse(strip_comments(read_lines())))))
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(15, primes())))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
squares = (x * x for x in naturals())
evens = (x for x in squares if x % 2 == 0)
print(list(take(5, evens)))
