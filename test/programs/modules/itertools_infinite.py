# count, cycle and repeat.
import itertools
print(list(itertools.islice(itertools.count(), 5)), list(itertools.islice(itertools.count(10, -2.5), 4)))
print(list(itertools.islice(itertools.cycle("abc"), 7)), list(itertools.repeat("x", 3)))
print(list(map(pow, range(5), itertools.repeat(2))))
c = itertools.count(5)
print(next(c), next(c), repr(c))
print(repr(itertools.repeat(1, 2)), list(itertools.repeat(None, 0)))
