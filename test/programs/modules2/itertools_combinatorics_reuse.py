# The combinatoric iterators: sizes, empty cases, and reuse of the result tuple.
import itertools, sys
p = itertools.product('ab', repeat=2)
print(next(p), sys.getsizeof(p), list(p), list(itertools.product()), list(itertools.product('ab', [])))
print(sys.getsizeof(itertools.product([1, 2], [3], [4])), sys.getsizeof(itertools.product(repeat=0)))
pm = itertools.permutations(range(4), 2)
print(sys.getsizeof(pm), list(pm)[:5], list(itertools.permutations('ab', 3)), list(itertools.permutations('')))
cb = itertools.combinations(range(5), 3)
print(sys.getsizeof(cb), len(list(cb)), list(itertools.combinations('abc', 0)), list(itertools.combinations('', 1)))
cw = itertools.combinations_with_replacement('abc', 2)
print(sys.getsizeof(cw), list(cw), list(itertools.combinations_with_replacement('', 2)), list(itertools.combinations_with_replacement('', 0)))
pr = itertools.product([1, 2], [3, 4])
x1 = next(pr)
x2 = next(pr)
print(x1, x2, x1 is x2)
del x1, x2
x3 = next(pr)
ident = id(x3)
del x3
x4 = next(pr)
print(x4, id(x4) == ident)
z = itertools.zip_longest('ab', 'c')
t = next(z)
i1 = id(t)
del t
t = next(z)
print(t, id(t) == i1, sys.getsizeof(z))
for name in ('permutations', 'combinations', 'combinations_with_replacement'):
    it = getattr(itertools, name)('abcd', 2)
    first = next(it)
    keep = id(first)
    del first
    second = next(it)
    print(name, second, id(second) == keep)
for bad, fn in [("itertools.permutations([], 'a')", lambda: itertools.permutations([], 'a')),
         ('itertools.permutations([], -1)', lambda: itertools.permutations([], -1)),
         ('itertools.combinations([])', lambda: itertools.combinations([])),
         ('itertools.combinations([], -1)', lambda: itertools.combinations([], -1)),
         ('itertools.product(repeat=-1)', lambda: itertools.product(repeat=-1)),
         ('itertools.product(x=1)', lambda: itertools.product(x=1)),
         ('itertools.product(1)', lambda: itertools.product(1))]:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, e)
