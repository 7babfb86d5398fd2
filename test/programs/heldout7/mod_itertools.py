# itertools: count/cycle/repeat, accumulate, chain, compress, groupby, islice, starmap, tee, zip_longest, combinatorics, pairwise.
import itertools as it
import operator
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.islice(it.count(0.5, 0.25), 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable([[1, 2], (3,)])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(range(10), key=lambda x: x // 4)])
print(list(it.islice(range(100), 5, 20, 4)), list(it.islice("abc", None)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, 2, 0])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise("abcd")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.permutations([])), list(it.combinations("ab", 3)), list(it.product()), list(it.combinations([], 0)))
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
try:
    it.islice("abc", -1)
except ValueError as e:
    print(e)
try:
    list(it.permutations("ab", -1))
except ValueError as e:
    print(e)
print(repr(it.count(3)), repr(it.count(1, 2)), repr(it.repeat(1, 2)), repr(it.repeat("a")))
