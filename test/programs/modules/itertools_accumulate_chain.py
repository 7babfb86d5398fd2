# accumulate, chain and chain.from_iterable.
import itertools, operator
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2], initial=100)))
print(list(itertools.accumulate([])), list(itertools.accumulate("abc")))
print(list(itertools.chain("ab", [1, 2], ())), list(itertools.chain.from_iterable(["xy", "z"])))
print(list(itertools.chain.from_iterable([[1], [], [2, 3]])))
