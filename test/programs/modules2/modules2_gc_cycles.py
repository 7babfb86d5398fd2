# Reference cycles through itertools/functools/collections objects: what gc.collect() finds.
import gc, sys, itertools, functools
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap
gc.collect()
d = deque(); d.append(d); del d
print('deque', gc.collect())
dd = defaultdict(list); dd['x'] = dd; del dd
print('defaultdict', gc.collect())
dd = defaultdict(); dd.default_factory = dd.__getitem__; del dd
print('defaultdict factory', gc.collect())
od = OrderedDict(); od['x'] = od; del od
print('odict', gc.collect())
c = Counter(); c['x'] = c; del c
print('counter', gc.collect())
def f(*a, **k): pass
p = functools.partial(f); p.me = p; del p
print('partial dict', gc.collect())
p = functools.partial(f, []); p.args[0].append(p); del p
print('partial args', gc.collect())
l = []; cy = itertools.cycle(l); l.append(cy); del l, cy
print('cycle', gc.collect())
l = []; a, b = itertools.tee(l); l.append(a); l.append(b); del l, a, b
print('tee', gc.collect())
x = []; t1, t2 = itertools.tee([x]); x.append(t2); next(t1); del x, t1, t2
print('tee buffer', gc.collect())
l = [1, 2]; g = itertools.groupby(l); k, grp = next(g); l.append(grp); del l, g, grp, k
print('groupby', gc.collect())
@functools.lru_cache
def h(x): return x
h(h); del h
print('lru', gc.collect())
cm = ChainMap(); cm.maps.append(cm); del cm
print('chainmap', gc.collect())
lst = []; ch = itertools.chain(lst); lst.append(ch); del lst, ch
print('chain', gc.collect())
pr = [1]; it = itertools.product(pr, pr); del pr, it
print('product', gc.collect())
K = functools.cmp_to_key(lambda a, b: 0); kk = K([]); kk.obj.append(kk); del kk, K
print('keywrapper', gc.collect())
