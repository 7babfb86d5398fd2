# itertools edge cases
import itertools as it
print(list(it.islice("abcdef", None)), list(it.islice("abcdef", 2, 4)), list(it.islice("abcdef", 1, None, 2)))
try:
    it.islice("abc", -1)
except ValueError as e:
    print(e)
print(list(it.zip_longest()), list(it.zip_longest("a", "bc", "def", fillvalue=0)))
print(list(it.product()), list(it.product("ab", repeat=0)), list(it.permutations([])), list(it.combinations("abc", 4)))
print(list(it.accumulate([])), list(it.accumulate([5], initial=1)), list(it.chain()), list(it.chain.from_iterable(["ab", ""])))
c = it.count(1.5, 0.5)
print(next(c), next(c), next(c), repr(c), repr(it.count(3)), repr(it.repeat("x", 2)))
g = it.groupby([1, 1, 2, 1])
print([(k, list(v)) for k, v in g])
keys = [k for k, _ in it.groupby("aabbbc")]
print(keys)
t1, t2 = it.tee(iter([1, 2, 3]), 2)
print(next(t1), list(t2), list(t1))
print(list(it.pairwise([])), list(it.pairwise([1])), list(it.starmap(max, [(1, 5), (7, 2)])))
cyc = it.cycle([])
print(list(cyc))
print(list(it.takewhile(bool, [1, 2, 0, 3])), list(it.dropwhile(bool, [1, 0, 2])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.compress("abc", [1, 0])), list(it.combinations_with_replacement([], 2)), len(list(it.permutations(range(4), 2))))
