# Laziness of itertools (what each next() consumes) and argument errors.
import itertools
def source(n):
    for i in range(n):
        print('  produce', i)
        yield i
sl = itertools.islice(source(10), 1, 6, 2)
print('islice', next(sl))
print('islice', next(sl))
ch = itertools.chain(source(2), source(1))
print('chain', list(ch))
dw = itertools.dropwhile(lambda v: v < 2, source(4))
print('dropwhile', next(dw))
tw = itertools.takewhile(lambda v: v < 1, source(4))
print('takewhile', list(tw), list(tw))
co = itertools.compress(source(4), [0, 1])
print('compress', list(co))
pw = itertools.pairwise(source(3))
print('pairwise', next(pw))
acc = itertools.accumulate(source(3), initial=100)
print('accumulate', next(acc), next(acc))
print(list(itertools.islice(range(10), 2, 8, 3)), list(itertools.islice(range(10), None)), list(itertools.islice('abcdefg', 3, None)))
print(list(itertools.accumulate([5, 1, 3], min)), list(itertools.accumulate([], initial=7)), list(itertools.accumulate('abc')))
print(list(itertools.starmap(divmod, [(7, 2), [9, 4]])), list(itertools.filterfalse(bool, [0, 1, '', 'a'])))
print(list(itertools.zip_longest('ab', [1, 2, 3], 'x', fillvalue=0)), list(itertools.zip_longest()))
cases = [('itertools.cycle()', lambda: itertools.cycle()),
         ('itertools.cycle(1)', lambda: itertools.cycle(1)),
         ('itertools.cycle([], x=1)', lambda: itertools.cycle([], x=1)),
         ('itertools.accumulate()', lambda: itertools.accumulate()),
         ('itertools.accumulate([], None, None)', lambda: itertools.accumulate([], None, None)),
         ('itertools.chain(x=1)', lambda: itertools.chain(x=1)),
         ('itertools.chain.from_iterable()', lambda: itertools.chain.from_iterable()),
         ('itertools.compress([])', lambda: itertools.compress([])),
         ('itertools.dropwhile(None)', lambda: itertools.dropwhile(None)),
         ('itertools.dropwhile(None, [], x=1)', lambda: itertools.dropwhile(None, [], x=1)),
         ('itertools.islice([])', lambda: itertools.islice([])),
         ('itertools.islice([], 1, 2, 3, 4)', lambda: itertools.islice([], 1, 2, 3, 4)),
         ("itertools.islice([], 'a')", lambda: itertools.islice([], 'a')),
         ("itertools.islice([], 1, 'a')", lambda: itertools.islice([], 1, 'a')),
         ("itertools.islice([], 'a', 2)", lambda: itertools.islice([], 'a', 2)),
         ('itertools.islice([], 0, 2, 0)', lambda: itertools.islice([], 0, 2, 0)),
         ('itertools.islice([], -2)', lambda: itertools.islice([], -2)),
         ('itertools.islice([], 2**70)', lambda: itertools.islice([], 2**70)),
         ('itertools.starmap(None)', lambda: itertools.starmap(None)),
         ('itertools.zip_longest(x=1)', lambda: itertools.zip_longest(x=1)),
         ('itertools.zip_longest(1)', lambda: itertools.zip_longest(1)),
         ('itertools.groupby()', lambda: itertools.groupby()),
         ('itertools.groupby([], None, 1)', lambda: itertools.groupby([], None, 1)),
         ('itertools.tee()', lambda: itertools.tee()),
         ('itertools.pairwise()', lambda: itertools.pairwise()),
         ('itertools.filterfalse(None)', lambda: itertools.filterfalse(None)),
         ('next(itertools.starmap(pow, [1]))', lambda: next(itertools.starmap(pow, [1]))),
         ('list(itertools.chain([1], 2, [3]))', lambda: list(itertools.chain([1], 2, [3])))]
for s, fn in cases:
    try:
        r = fn()
        print(s, '->', r)
    except (TypeError, ValueError) as e:
        print(s, '->', type(e).__name__, e)
