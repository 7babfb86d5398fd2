# Allocation strides (size classes) of itertools/functools/collections objects made back to back.
import itertools as it, functools as ft
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
from collections import Counter as C2
def stride(objs):
    ids = [id(o) for o in objs]
    diffs = [b - a for a, b in zip(ids, ids[1:])][-100:]
    value, count = C2(diffs).most_common(1)[0]
    return value, count >= 90
P = namedtuple('P', 'a b')
K = ft.cmp_to_key(lambda a, b: 0)
makers = {
    'count': lambda i: it.count(i), 'cycle': lambda i: it.cycle(()), 'repeat': lambda i: it.repeat(i),
    'chain': lambda i: it.chain(), 'islice': lambda i: it.islice((), 1), 'groupby': lambda i: it.groupby(()),
    'product': lambda i: it.product(), 'permutations': lambda i: it.permutations((), 0), 'tee': lambda i: it.tee(())[0],
    'zip_longest': lambda i: it.zip_longest(), 'partial': lambda i: ft.partial(print), 'keywrapper': lambda i: K(i),
    'deque': lambda i: deque(), 'defaultdict': lambda i: defaultdict(), 'OrderedDict': lambda i: OrderedDict(),
    'Counter': lambda i: Counter(), 'namedtuple': lambda i: P(i, i), 'pairwise': lambda i: it.pairwise(()),
}
for name, mk in makers.items():
    objs = [mk(i) for i in range(2000)]
    print(name, stride(objs))
