#!/usr/bin/env python3
"""Run each snippet of SNIPPETS on CPython 3.11 and store its output in
fixtures/snippets.json (the oracle of snippets.test.ts).

Usage: python3 test/unit/modules2/gen-fixtures.py

Each snippet is a small program about itertools, functools or collections. The
output is stdout followed by the last line of the traceback when the snippet
raises (as "!! ExcType: message"); addresses (0x7f...) are replaced by 0xADDR.
"""
import json, os, re, subprocess, sys

if sys.version_info[:2] != (3, 11):
    sys.exit('gen-fixtures.py must run on CPython 3.11')

SNIPPETS = {
    # ---- itertools
    'count_float_steps': "import itertools\nprint(list(itertools.islice(itertools.count(0.1, 0.1), 5)))",
    'count_negative_fast': "import itertools\nc = itertools.count(-3)\nprint(next(c), next(c), c)",
    'cycle_saved': "import itertools\nc = itertools.cycle(iter('ab'))\nprint([next(c) for _ in range(5)])",
    'cycle_empty': "import itertools\nprint(list(itertools.cycle([])))",
    'accumulate_error': "import itertools\na = itertools.accumulate([1, 'x', 3])\nprint(next(a))\nnext(a)",
    'accumulate_func': "import itertools\nprint(list(itertools.accumulate([1, 2, 3], lambda a, b: a * 10 + b)))",
    'chain_late_error': "import itertools\nc = itertools.chain([1], 5)\nprint(next(c))\nnext(c)",
    'chain_from_gen': "import itertools\nprint(list(itertools.chain.from_iterable(range(i) for i in range(4))))",
    'islice_steps': "import itertools\nprint(list(itertools.islice(range(20), 3, None, 4)), list(itertools.islice(range(5), 10)))",
    'islice_none_args': "import itertools\nprint(list(itertools.islice('abcdef', None, 4, None)), list(itertools.islice('abc', 0)))",
    'islice_consumption': "import itertools\nit = iter(range(10))\nprint(list(itertools.islice(it, 2, 4)), next(it))",
    'groupby_key_error': "import itertools\ng = itertools.groupby([1, 2], key=lambda x: 1 / (x - 2))\nprint(next(g)[0])\nnext(g)",
    'groupby_reused_grouper': "import itertools\ng = itertools.groupby('aabb')\nk, a = next(g)\nk2, b = next(g)\nprint(list(a), list(b), k, k2)",
    'dropwhile_all': "import itertools\nprint(list(itertools.dropwhile(lambda x: True, [1, 2])), list(itertools.takewhile(lambda x: True, [1, 2])))",
    'filterfalse_func': "import itertools\nprint(list(itertools.filterfalse(lambda x: x > 2, range(5))))",
    'starmap_kw_error': "import itertools\nprint(list(itertools.starmap(lambda a, b=0: a + b, [(1,), (1, 2)])))",
    'zip_longest_empty': "import itertools\nprint(list(itertools.zip_longest([], [])), list(itertools.zip_longest([1], [], fillvalue='-')))",
    'product_repeat_pools': "import itertools\nprint(list(itertools.product('ab', 'c', repeat=2)))",
    'permutations_r_none': "import itertools\nprint(list(itertools.permutations('abc', None)), list(itertools.permutations(range(3), 4)))",
    'combinations_generator_input': "import itertools\nprint(list(itertools.combinations((x * x for x in range(4)), 2)))",
    'tee_n1': "import itertools\nt = itertools.tee([1, 2], 1)\nprint(type(t), len(t), list(t[0]))",
    'tee_large': "import itertools\na, b = itertools.tee(range(130))\nfor _ in range(125): next(a)\nprint(next(a), next(b), sum(b), list(a))",
    'pairwise_generator': "import itertools\nprint(list(itertools.pairwise(x for x in 'abc')))",
    'repeat_kw': "import itertools\nprint(list(itertools.repeat(object='o', times=2)))",
    'iter_types': "import itertools\nfor n in ['count', 'cycle', 'repeat', 'chain', 'islice', 'groupby', 'zip_longest']:\n    print(n, getattr(itertools, n), getattr(itertools, n).__module__)",
    # ---- functools
    'partial_kw_override': "import functools\ndef f(**k): return k\np = functools.partial(f, a=1, b=2)\nprint(p(b=3, c=4), p.keywords)",
    'partial_method_not_bound': "import functools\nclass A:\n    m = functools.partial(lambda *a: a, 1)\nprint(A().m(2))",
    'partial_bound_method': "import functools\nclass A:\n    def m(self, x, y): return (x, y)\np = functools.partial(A().m, 1)\nprint(p(2), p.func.__name__)",
    'partial_recursive_repr': "import functools\np = functools.partial(print)\np2 = functools.partial(print, p)\nprint(repr(p2).count('functools.partial'))",
    'reduce_initial_only': "import functools\nprint(functools.reduce(lambda a, b: a + b, [], []), functools.reduce(lambda a, b: a + b, [[1]], [0]))",
    'reduce_iter_error': "import functools\nprint(functools.reduce(lambda a, b: a + b, (x for x in [1, 2, 3])))",
    'lru_kwargs_order': "import functools\n@functools.lru_cache\ndef f(a=0, b=0): return a + b\nf(a=1, b=2); f(b=2, a=1); f(1, 2)\nprint(f.cache_info())",
    'lru_typed_distinguishes': "import functools\n@functools.lru_cache(typed=True)\ndef f(x): return type(x).__name__\nprint(f(1), f(1.0), f(True), f.cache_info())",
    'lru_exception_not_cached': "import functools\n@functools.lru_cache\ndef f(x):\n    if x < 0: raise ValueError('neg')\n    return x\ntry: f(-1)\nexcept ValueError as e: print(e)\ntry: f(-1)\nexcept ValueError as e: print(e)\nprint(f.cache_info())",
    'lru_wrapper_attrs': "import functools\n@functools.lru_cache(maxsize=10)\ndef fn(x):\n    'doc'\n    return x\nprint(fn.__name__, fn.__qualname__, fn.__doc__, fn.__module__, fn.__wrapped__.__name__, fn.__dict__.keys())",
    'lru_decorator_args': "import functools\ntry: functools.lru_cache(1, 2, 3)\nexcept TypeError as e: print(e)\nprint(type(functools.lru_cache(3)).__name__)",
    'cache_recursion': "import functools\n@functools.cache\ndef fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(80), fib.cache_info().currsize)",
    'wraps_class_method': "import functools\ndef deco(f):\n    @functools.wraps(f)\n    def w(*a): return f(*a)\n    return w\nclass A:\n    @deco\n    def meth(self):\n        'm doc'\n        return 1\nprint(A.meth.__qualname__, A.meth.__doc__, A().meth())",
    'update_wrapper_missing_attrs': "import functools\nclass C:\n    def __call__(self): pass\nc = C()\ndef w(): pass\nfunctools.update_wrapper(w, c)\nprint(w.__name__, w.__wrapped__ is c)",
    'total_ordering_ge_root': "import functools\n@functools.total_ordering\nclass A:\n    def __init__(self, v): self.v = v\n    def __ge__(self, o): return self.v >= o.v\n    def __eq__(self, o): return self.v == o.v\nprint(A(1) < A(2), A(2) <= A(2), A(3) > A(2), A(1) > A(1))",
    'singledispatch_string_annotation': "import functools\n@functools.singledispatch\ndef f(x): return 'base'\n@f.register\ndef _(x: 'int'): return 'int'\nprint(f(1), f('s'))",
    'singledispatch_method_binding': "import functools\nclass A:\n    @functools.singledispatch\n    def m(x): return 'obj'\nprint(A.m(1))",
    'cached_property_no_dict': "import functools\nclass A:\n    __slots__ = ()\n    @functools.cached_property\n    def p(self): return 1\ntry: A().p\nexcept TypeError as e: print(e)",
    'cached_property_class_access': "import functools\nclass A:\n    @functools.cached_property\n    def p(self):\n        'pdoc'\n        return 1\nprint(type(A.p).__name__, A.p.__doc__, A.p.attrname)",
    'singledispatchmethod': "import functools\nclass N:\n    @functools.singledispatchmethod\n    def neg(self, a): return 'base'\n    @neg.register\n    def _(self, a: int): return -a\n    @neg.register(bool)\n    def _(self, a): return not a\nn = N()\nprint(n.neg(5), n.neg(True), n.neg('x'), N.neg.__name__, type(N.__dict__['neg']).__name__)",
    'partialmethod_repr_and_class_access': "import functools\nclass C:\n    def f(self, a, b=0): return (a, b)\n    g = functools.partialmethod(f, 1, b=2)\nprint(C().g(), repr(C.__dict__['g']).split(' at ')[0], C.g(C()))",
    'function_like_reprs': "import functools, collections\nfor f in (functools.wraps, functools.lru_cache, functools.total_ordering, collections.namedtuple):\n    print(type(f).__name__, f.__name__, f.__module__, repr(f).split(' at ')[0])",
    'generated_functions': "import functools\nfrom collections import namedtuple\nP = namedtuple('P', 'x y', defaults=[5])\nprint(P._asdict.__qualname__, P.__new__.__defaults__, P.__new__.__doc__, type(P.__dict__['_replace']).__name__, P._make.__func__.__qualname__)\n@functools.total_ordering\nclass A:\n    def __init__(self, v): self.v = v\n    def __lt__(self, o): return self.v < o.v\nprint(A.__gt__.__name__, A.__dict__['__le__'].__qualname__, A.__ge__.__doc__, type(A.__gt__).__name__)",
    'cmp_to_key_sort_stability': "import functools\nprint(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=functools.cmp_to_key(lambda x, y: x[0] - y[0])))",
    # ---- collections
    'deque_extendleft_maxlen': "from collections import deque\nd = deque([1, 2, 3], maxlen=4)\nd.extendleft('ab')\nprint(d)",
    'deque_rotate_big': "from collections import deque\nd = deque(range(7))\nd.rotate(100)\nprint(d)\nd.rotate(-100)\nprint(d)",
    'deque_index_negative': "from collections import deque\nd = deque('abcabc')\nprint(d.index('a', -3), d.index('c', 0, -1), d.index('b', -100, 100))",
    'deque_insert_negative': "from collections import deque\nd = deque('abc')\nd.insert(-1, 'x'); d.insert(-10, 'y')\nprint(d)",
    'deque_iadd_self': "from collections import deque\nd = deque([1, 2])\nd += d\nd.extend(d)\nprint(d)",
    'deque_mul_maxlen': "from collections import deque\nprint(deque('abc', maxlen=4) * 2, deque('a', maxlen=3) * 5)",
    'deque_del_negative': "from collections import deque\nd = deque(range(5))\ndel d[-2]\nprint(d, d[-1])",
    'deque_reversed_mutation': "from collections import deque\nd = deque([1, 2])\nr = reversed(d)\nnext(r)\nd.append(3)\nnext(r)",
    'counter_update_counter': "from collections import Counter\nc = Counter(b=1)\nc.update(Counter(a=2, b=2))\nprint(c, Counter(Counter(x=1)))",
    'counter_elements_nonpositive': "from collections import Counter\nprint(list(Counter(a=2, b=0, c=-1, d=1).elements()))",
    'counter_most_common_large_n': "from collections import Counter\nprint(Counter('aab').most_common(10))",
    'counter_compare_notimpl': "from collections import Counter\nprint(Counter() == {}, Counter(a=1) == {'a': 1})\nCounter() <= {}",
    'counter_missing_no_insert': "from collections import Counter\nc = Counter()\nprint(c['x'], len(c), c)",
    'counter_kwargs_only': "from collections import Counter\nprint(Counter(a=1, b=2), Counter({'x': 0}))",
    'namedtuple_asdict_order': "from collections import namedtuple\nP = namedtuple('P', 'z a m')\nprint(P(1, 2, 3)._asdict(), P._field_defaults)",
    'namedtuple_defaults_none': "from collections import namedtuple\nP = namedtuple('P', 'a b', defaults=(None,))\nprint(P(1), P(1, b=2), P._field_defaults)",
    'namedtuple_getnewargs': "from collections import namedtuple\nP = namedtuple('P', 'a b')\nprint(P(1, 2).__getnewargs__(), type(P(1, 2).__getnewargs__()).__name__)",
    'namedtuple_subclass_slots': "from collections import namedtuple\nclass Q(namedtuple('Q', 'a')):\n    __slots__ = ()\n    def double(self): return self.a * 2\nq = Q(4)\nprint(q, q.double(), hasattr(q, '__dict__'))",
    'namedtuple_unicode': "from collections import namedtuple\nP = namedtuple('Punkt', 'ä ß')\nprint(P(1, 2), P._fields)",
    'namedtuple_str_field_names': "from collections import namedtuple\nprint(namedtuple('A', 'x,y  z')._fields, namedtuple('B', ('p', 'q'))._fields)",
    'odict_popitem_first': "from collections import OrderedDict\nod = OrderedDict.fromkeys('abc', 1)\nprint(od.popitem(False), od.popitem(), od.pop('x', 'dflt'), od)",
    'odict_eq_subclass': "from collections import OrderedDict\nclass O(OrderedDict): pass\nprint(O(a=1, b=2) == OrderedDict(b=2, a=1), O(a=1) == OrderedDict(a=1), O(a=1))",
    'odict_reversed_views': "from collections import OrderedDict\nod = OrderedDict(a=1, b=2)\nprint(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))",
    'odict_update_forms': "from collections import OrderedDict\nod = OrderedDict()\nod.update([('a', 1)], b=2)\nod.update({'c': 3})\nod.update(OrderedDict(d=4))\nprint(od)",
    'defaultdict_missing_direct': "from collections import defaultdict\nd = defaultdict(lambda: 'v')\nprint(d.__missing__('k'), d)",
    'defaultdict_factory_raises': "from collections import defaultdict\nd = defaultdict(lambda: 1 / 0)\ntry: d['x']\nexcept ZeroDivisionError as e: print('zde', len(d))",
    'defaultdict_del_and_get': "from collections import defaultdict\nd = defaultdict(int)\nd['a'] += 1\ndel d['a']\nprint(d.get('a'), d, 'a' in d)",
    'chainmap_fromkeys_pop': "from collections import ChainMap\ncm = ChainMap.fromkeys('ab', 0)\nprint(cm, cm.pop('a'), cm)\ntry: cm.pop('zz')\nexcept KeyError as e: print(e)",
    'chainmap_popitem_empty': "from collections import ChainMap\ncm = ChainMap({}, {'a': 1})\ntry: cm.popitem()\nexcept KeyError as e: print(e)\nprint(cm['a'])",
    'chainmap_or': "from collections import ChainMap\nprint(ChainMap({'a': 1}) | {'b': 2}, {'c': 3} | ChainMap({'a': 1}))",
}

ADDR = re.compile(r'0x[0-9a-f]{6,}')


def run(src):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    p = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True, env=env, timeout=20)
    out = p.stdout
    if p.returncode != 0:
        last = p.stderr.strip().splitlines()[-1]
        out += f'!! {last}\n'
    return ADDR.sub('0xADDR', out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, 'fixtures'), exist_ok=True)
    data = {name: {'source': src, 'output': run(src)} for name, src in SNIPPETS.items()}
    with open(os.path.join(here, 'fixtures', 'snippets.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'{len(data)} snippets written')


if __name__ == '__main__':
    main()
