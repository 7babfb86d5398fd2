# Running totals and sliding windows with generators.
def running(xs):
    total = 0
    for x in xs:
        total += x
        yield total

def windows(xs, n):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)

print(list(running([3, 1, 4, 1, 5])))
print(list(windows(range(6), 3)))
