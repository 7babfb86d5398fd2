# pairwise (3.10+) and a sliding-window helper built on tee.
import itertools
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])))
temps = [20, 22, 21, 25, 24]
print([b - a for a, b in itertools.pairwise(temps)])
def window(it, n):
    iters = itertools.tee(it, n)
    for i, t in enumerate(iters):
        for _ in range(i):
            next(t, None)
    return zip(*iters)
print(list(window(range(6), 3)))
