# list comprehensions build lists; generator expressions build generators.
lc = [x for x in range(3)]
ge = (x for x in range(3))
print(type(lc).__name__, type(ge).__name__, lc, list(ge))
print(sum(x for x in range(5)), sum([x for x in range(5)]))
print(sorted(x % 3 for x in range(7)))
print(ge.__name__, (lambda: (yield))().__name__)
