# groupby groups consecutive equal keys (sort first for full grouping).
import itertools
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in itertools.groupby(words, key=lambda w: w[0])])
print({k: len(list(g)) for k, g in itertools.groupby(sorted(words), key=lambda w: w[0])})
groups = itertools.groupby([1, 1, 2])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
