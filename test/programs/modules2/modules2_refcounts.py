# Exact reference counts held by itertools/functools/collections objects as they work and die.
import sys, itertools as it, functools as ft
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
o = object()
rc = lambda: sys.getrefcount(o)
b = rc()
def show(label, *keep):
    print(label, rc() - b)
x = it.repeat(o, 3); show('repeat')
y = list(x); show('list of repeat'); del x, y
c = it.cycle([o]); next(c); next(c); show('cycle'); del c
ch = it.chain([o], [o]); show('chain'); del ch
g = it.groupby([o, o]); k, grp = next(g); show('groupby'); v = next(grp); show('grouper next'); del g, k, grp, v; show('groupby gone')
t1, t2 = it.tee([o, o]); next(t1); show('tee'); del t1, t2; show('tee gone')
pr = it.product([o], [o]); p1 = next(pr); show('product'); del pr, p1
pm = it.permutations([o, 1]); show('permutations'); del pm
acc = it.accumulate([o], initial=None); next(acc); show('accumulate'); del acc
z = it.zip_longest([o], [], fillvalue=o); show('zip_longest'); r = next(z); show('zip next'); del z, r
pw = it.pairwise([o, o, o]); next(pw); show('pairwise'); del pw
cnt = it.count(o) if False else None
p = ft.partial(print, o, sep=o); show('partial'); del p
K = ft.cmp_to_key(lambda a, b: 0); k = K(o); show('keywrapper'); del k, K
@ft.lru_cache(maxsize=2)
def f(a):
    return o
f(1); f(2); show('lru'); f(3); show('lru evict'); f.cache_clear(); show('lru clear')
@ft.cache
def g2(a):
    return o
g2(o); show('cache key+value'); del g2; show('cache gone')
d = deque([o]); show('deque'); d.rotate(); d.appendleft(o); show('deque2'); d.clear(); show('deque clear'); del d
dd = defaultdict(lambda: o); dd['a']; show('defaultdict'); del dd
od = OrderedDict(a=o); od.move_to_end('a'); show('odict'); del od
cn = Counter([o, o]); show('counter'); del cn
P = namedtuple('P', 'a b'); p = P(o, o); show('namedtuple'); q = p._replace(a=1); show('replace'); del p, q
cm = ChainMap({'a': o}); show('chainmap'); del cm
show('end')
