# itertools.count and repeat: fast/slow counting, reprs, identity of yielded values, sizes.
import itertools, sys
c = itertools.count(3)
print(next(c), next(c), c, itertools.count(1.5, 0.5), itertools.count(0, 2))
print(itertools.count(), itertools.count(2**70), itertools.count(1, 1.0), itertools.count(1.0), itertools.count(True))
big = itertools.count(9223372036854775806)
print(next(big), next(big), next(big), big)
start = 1.5
c = itertools.count(start, 0.5)
print(next(c) is start, c, next(c), c)
neg = itertools.count(10, -3)
print(next(neg), next(neg), next(neg), neg)
print(sys.getsizeof(itertools.count()), sys.getsizeof(itertools.count(1.5)), type(c).__name__, type(c).__module__)
r = itertools.repeat('a', 3)
print(next(r), r, r.__length_hint__(), list(r), r, r.__length_hint__())
print(itertools.repeat(None), itertools.repeat(1, -5), list(itertools.repeat(1, -5)), list(itertools.repeat(7, times=2)))
try:
    itertools.repeat(None).__length_hint__()
except TypeError as e:
    print(e)
x = object()
before = sys.getrefcount(x)
rx = itertools.repeat(x, 2)
print(sys.getrefcount(x) - before)
a, b = rx
print(a is x, b is x, sys.getrefcount(x) - before)
del rx, a, b
print(sys.getrefcount(x) - before, sys.getsizeof(itertools.repeat(1)))
for bad, fn in [("itertools.count('a')", lambda: itertools.count('a')),
         ("itertools.count(1, 'b')", lambda: itertools.count(1, 'b')),
         ('itertools.count(1, 2, 3)', lambda: itertools.count(1, 2, 3)),
         ('itertools.repeat()', lambda: itertools.repeat()),
         ('itertools.repeat(1, 2, 3)', lambda: itertools.repeat(1, 2, 3)),
         ("itertools.repeat(1, 'x')", lambda: itertools.repeat(1, 'x'))]:
    try:
        fn()
    except TypeError as e:
        print(bad, '->', e)
class MyCount(itertools.count):
    pass
m = MyCount(5, 2)
print(m, next(m), next(m), isinstance(m, itertools.count), MyCount.__mro__)
