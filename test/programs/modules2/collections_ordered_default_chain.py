# OrderedDict (order, move_to_end, views, equality, sizes), defaultdict and ChainMap details.
import sys
from collections import OrderedDict, defaultdict, ChainMap
od = OrderedDict(a=1, b=2, c=3)
print(sys.getsizeof(od), od, list(od.keys()), list(reversed(od)), od.keys(), od.values(), od.items())
od.move_to_end('a')
print(od, dict(od), {**od}, list(od.values()), list(reversed(od.items())))
od.move_to_end('c', last=False)
od['d'] = 4
print(od.popitem(last=False), od.pop('b'), od.setdefault('z', 9), od.setdefault('d'), od)
print(OrderedDict.fromkeys('xy', 0), od.copy(), od == OrderedDict(od), od | {'q': 1}, {'q': 1} | od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=2))
for n in (0, 1, 5, 6, 11):
    print(n, sys.getsizeof(OrderedDict.fromkeys(range(n))), end='; ')
print()
def add(o): o['n'] = 1
def remove(o): del o['a']
def move(o): o.move_to_end('a')
def update(o): o['a'] = 5
for action in (add, remove, move, update):
    o = OrderedDict(a=1, b=2)
    try:
        for k in o:
            action(o)
        print(action.__name__, 'ok', o)
    except RuntimeError as e:
        print(action.__name__, '->', e)
for s, fn in [('OrderedDict().popitem()', lambda: OrderedDict().popitem()),
         ("OrderedDict().move_to_end('x')", lambda: OrderedDict().move_to_end('x')),
         ("OrderedDict().pop('k')", lambda: OrderedDict().pop('k')),
         ('OrderedDict(1, 2)', lambda: OrderedDict(1, 2))]:
    try:
        fn()
    except (KeyError, TypeError) as e:
        print(s, '->', type(e).__name__, e)
dd = defaultdict(list, {'a': [1]})
dd['b'].append(2)
print(dd, sys.getsizeof(dd), dd.default_factory, dd.copy(), type(dd.copy()).__name__, dd | {'c': 3})
dd.default_factory = None
try:
    dd['zz']
except KeyError as err:
    print(repr(err), err.args)
print(defaultdict(), defaultdict(None, x=1), repr(defaultdict(lambda: 0)).startswith('defaultdict(<function <lambda>'))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts.get('q'), 'q' in counts, len(counts))
try:
    defaultdict(1)
except TypeError as e:
    print(e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, len(cm), list(cm), cm['b'], cm.get('q', 'd'), 'a' in cm, cm.parents, cm.new_child(), cm.new_child({'z': 0})['z'])
cm['b'] = 'new'
del cm['a']
print(cm.maps, dict(cm), bool(ChainMap()), ChainMap(), cm.copy())
try:
    del cm['zz']
except KeyError as e:
    print(e)
try:
    ChainMap()['missing']
except KeyError as e:
    print(repr(e))
