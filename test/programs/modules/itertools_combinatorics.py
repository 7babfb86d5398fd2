# product, permutations, combinations, combinations_with_replacement.
import itertools
print(list(itertools.product("ab", [0, 1])))
print(list(itertools.product([0, 1], repeat=3))[:4], len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations("abc", 2)), len(list(itertools.permutations(range(5)))))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(3), 0)))
print(list(itertools.combinations_with_replacement("ab", 3)), list(itertools.permutations([], 0)))
print(list(itertools.combinations("ab", 3)))
