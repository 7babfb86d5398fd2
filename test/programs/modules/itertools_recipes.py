# Classic itertools recipes: take, nth, all_equal, grouper, flatten, roundrobin.
import itertools
def take(n, it):
    return list(itertools.islice(it, n))
def nth(it, n, default=None):
    return next(itertools.islice(it, n, None), default)
def all_equal(it):
    g = itertools.groupby(it)
    return next(g, True) and not next(g, False)
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return itertools.zip_longest(*args, fillvalue=fill)
def roundrobin(*its):
    nexts = itertools.cycle(iter(it).__next__ for it in its)
    pending = len(its)
    while pending:
        try:
            for nx in nexts:
                yield nx()
        except StopIteration:
            pending -= 1
            nexts = itertools.cycle(itertools.islice(nexts, pending))
print(take(3, itertools.count(7)), nth("abcdef", 3), nth("ab", 5, "none"))
print(all_equal("aaa"), all_equal("aab"), all_equal(""))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(itertools.chain.from_iterable(itertools.combinations([1, 2, 3], r) for r in range(4))))
