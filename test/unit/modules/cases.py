# Python programs exercising the math, operator, string, copy and random modules,
# one per "#### name" section. gen-fixtures.py records python3's output of each
# (fixtures/cases.json); modules.test.ts runs them on the simulator and compares.
# They avoid range() and comprehensions so they test these modules alone.

#### math_values
import math
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log10(1e-5), math.log2(3))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(2), math.atan2(-1, -2))
print(math.sinh(2), math.cosh(2), math.tanh(0.3), math.asinh(2), math.acosh(2), math.atanh(0.5))
print(math.erf(0.5), math.erfc(2), math.gamma(4.5), math.lgamma(-2.5), math.expm1(0.1), math.log1p(0.1))
print(math.pow(2, 0.5), math.cbrt(-8), math.exp2(3.3), math.hypot(3, 4, 12), math.dist((1, 2), (4, 6)))
print(math.fsum([0.1, 0.2, 0.3, -0.6]), math.prod([2, 3.5]), math.isclose(1.0, 1.0 + 1e-10))
print(math.log(2 ** 2000), math.log10(10 ** 500), math.log2(2 ** 3000 + 1))
print(math.frexp(-0.0), math.frexp(1e-320), math.modf(-3.0), math.modf(2.5), math.ldexp(1.5, -1074))
print(math.nextafter(0.0, -1.0), math.ulp(1e308), math.remainder(5.5, 2), math.fmod(-5.5, 2), math.copysign(2, -0.0))
print(math.factorial(20), math.comb(60, 30), math.perm(12, 5), math.perm(5), math.isqrt(10 ** 30))
print(math.gcd(0, 0), math.gcd(-12, 18), math.lcm(-4, 6), math.lcm(), math.trunc(-2.7), math.floor(-2.5), math.ceil(2.1))
print(math.degrees(1), math.radians(90), math.pi, math.tau, math.e, math.inf, -math.inf, math.nan)

#### math_errors
import math
def show(f, *a):
    try:
        print(f.__name__, f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
show(math.sqrt, -1)
show(math.log, 0)
show(math.log, -1.5)
show(math.log, 2, 1)
show(math.exp, 800)
show(math.cosh, -800)
show(math.pow, 0, -2)
show(math.pow, -2, 0.5)
show(math.pow, 10, 400)
show(math.acos, 1.5)
show(math.atanh, -1)
show(math.gamma, -3)
show(math.lgamma, 0)
show(math.factorial, -2)
show(math.factorial, 2.0)
show(math.isqrt, -4)
show(math.comb, 3, -1)
show(math.perm, -3, 1)
show(math.fmod, 1, 0)
show(math.remainder, math.inf, 1)
show(math.ldexp, 1, 5000)
show(math.ldexp, 1, 2.5)
show(math.fsum, [1e308, 1e308, -1e308])
show(math.fsum, [math.inf, -math.inf])
show(math.sqrt, 'x')
show(math.floor, math.nan)
show(math.ceil, math.inf)
show(math.trunc, 'x')
show(math.dist, [1], [1, 2])
show(math.isclose, 1.0, 2.0)
show(math.hypot)
show(math.gcd, 2.5, 5)
show(math.sqrt, 10 ** 400)
show(math.log, 10 ** 400)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print(e)
try:
    math.pow(1)
except TypeError as e:
    print(e)
try:
    math.log()
except TypeError as e:
    print(e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
try:
    math.isclose(1, 2, 3)
except TypeError as e:
    print(e)

#### math_identity
import math, sys
big = 10 ** 30
print(math.floor(big) is big, math.ceil(big) is big, math.trunc(big) is big, math.gcd(big) is big)
print(math.comb(big, 1) is big, math.perm(big, 1) is big, type(math.floor(True)), math.floor(True))
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 7
print(math.sqrt(F()), math.sqrt(I()), math.factorial(I()), math.floor(F()))
class Fl:
    def __floor__(self):
        return 'floor!'
print(math.floor(Fl()), math.fsum(iter([1, 2.5, F()])), math.prod([2, 3], start=4))

#### operator_basics
import operator, sys
print(operator.add(1, 2), operator.sub(5, 7), operator.mul('ab', 3), operator.truediv(1, 4), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(3, 4), operator.neg(4), operator.pos(-4), operator.abs(-4), operator.inv(0), operator.invert(5))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.not_([]), operator.truth('x'), operator.is_(None, None), operator.is_not(1, None))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt('b', 'a'), operator.ge(1, 2))
print(operator.contains('abc', 'b'), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('xyz', 'z'))
l = [1, 2, 3]
operator.setitem(l, 0, 'a')
operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.concat((1,), (2,)), operator.index(7), operator.length_hint([], 5))
x = [1]
y = operator.iadd(x, [2])
print(y is x, x, operator.iconcat(x, (3,)), operator.isub(5, 2), operator.imul([0], 2), operator.ipow(2, 5))
print(operator.call(max, 3, 9, 2), operator.__add__ is operator.add, operator.__not__ is operator.not_)
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print(e)
try:
    operator.add(1)
except TypeError as e:
    print(e)
try:
    operator.neg()
except TypeError as e:
    print(e)

#### operator_getters
import operator, sys
key = 'some key'
before = sys.getrefcount(key)
g = operator.itemgetter(key)
print(sys.getrefcount(key) - before, repr(g), g({'some key': 5}))
g2 = operator.itemgetter(2, 0, 1)
print(repr(g2), g2('abc'), g2.__reduce__(), sys.getsizeof(g), sys.getsizeof(g2))
del g
print(sys.getrefcount(key) - before)
t = (10, 20, 30)
item = operator.itemgetter(1)(t)
print(item is t[1], operator.itemgetter(-1)(t), type(g2).__name__, type(g2).__module__)
class P:
    pass
p = P(); p.a = P(); p.a.b = 'deep'; p.c = 3
ag = operator.attrgetter('a.b', 'c')
print(repr(ag), ag(p), operator.attrgetter('c')(p), ag.__reduce__(), sys.getsizeof(ag))
mc = operator.methodcaller('split', ',', maxsplit=1)
print(repr(mc), mc('a,b,c'), operator.methodcaller('upper')('x'), repr(operator.methodcaller('f')), sys.getsizeof(mc))
for bad in (lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: operator.methodcaller(),
            lambda: operator.methodcaller(5), lambda: operator.itemgetter(1)(), lambda: operator.attrgetter('zz')(p),
            lambda: operator.itemgetter(a=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

#### string_module
import string, sys
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.printable), string.punctuation)
print(string.capwords(' hello   world '), string.capwords('a.b.c', '.'), repr(string.capwords('')))
T = string.Template
t = T('$who likes $what, ${who}s $$ too')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='ann'), t.template)
print(t.substitute({'who': 1, 'what': 2}), t.substitute({'who': 1}, what=[3]), t.get_identifiers(), t.is_valid())
plain = T('no placeholders')
print(plain.substitute() is plain.template, plain.safe_substitute(x=1) is plain.template, plain.__dict__)
print(sys.getsizeof(plain), T.delimiter, T.idpattern, T.braceidpattern)
for s in ('line one\nline $ two', '$', 'ok $1', '${bad'):
    try:
        T(s).substitute()
    except ValueError as e:
        print(e, T(s).is_valid(), T(s).safe_substitute())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    T(5).substitute()
except TypeError as e:
    print(e)
class P(T):
    delimiter = '%'
print(P('%a %% %{b}').substitute(a=1, b=2), P.delimiter, isinstance(P('x'), T))
class Q(T):
    idpattern = '[a-z]+'
print(Q('$abc9 $Abc').safe_substitute(abc=1))

#### copy_shallow
import copy, sys
l = [1, [2, 3]]
c = copy.copy(l)
print(c == l, c is l, c[1] is l[1], sys.getrefcount(l[1]))
d = {'a': [1], 'b': 2}
dc = copy.copy(d)
print(dc, dc is d, dc['a'] is d['a'])
s = {1, 2, frozenset([3])}
print(copy.copy(s) == s, copy.copy(s) is s)
t = (1, [2])
abc = 'abc'
print(copy.copy(t) is t, copy.copy(abc) is abc, copy.copy(None) is None, copy.copy(len) is len)
class A:
    def __init__(self):
        self.x = [1]
        self.y = 'y'
a = A()
b = copy.copy(a)
print(type(b) is A, b.x is a.x, b.__dict__ == a.__dict__, b is a)
class S:
    __slots__ = ('p', 'q')
s1 = S(); s1.p = 5
s2 = copy.copy(s1)
try:
    s2.q
except AttributeError as e:
    print(s2.p, e)
class WithCopy:
    def __copy__(self):
        return 'custom'
print(copy.copy(WithCopy()), copy.copy(A) is A, copy.Error, copy.error is copy.Error)
class Sub(list):
    pass
sl = Sub([1, 2]); sl.tag = 't'
c2 = copy.copy(sl)
print(type(c2).__name__, c2, c2.tag)

#### copy_deep
import copy, sys
shared = [1]
orig = [shared, shared, {'k': shared}]
dup = copy.deepcopy(orig)
print(dup, dup[0] is dup[1], dup[2]['k'] is dup[0], dup[0] is shared)
t1 = (1, 'a', None)
t2 = (1, [2])
print(copy.deepcopy(t1) is t1, copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y == x, memo[id(x)] is y, len(memo), memo[id(memo)] == [x])
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
n = Node(1); n.kids.append(Node(2)); n.kids[0].parent = n
m = copy.deepcopy(n)
print(m.v, m.kids[0].v, m.kids[0].parent is m, m is n)
class D:
    def __deepcopy__(self, memo):
        return ('deep', len(memo))
print(copy.deepcopy([D()]))
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs, copy.deepcopy(fs) is fs, copy.deepcopy({1, 2}), copy.deepcopy(len) is len)
class Bad:
    def __reduce_ex__(self, proto):
        raise TypeError('no reduce')
try:
    copy.deepcopy(Bad())
except TypeError as e:
    print(e)
def f():
    pass
print(copy.deepcopy(f) is f, copy.deepcopy(f.__code__) is f.__code__)

#### copy_refcounts
import copy, sys
a = [[1, 2], [3]]
r0 = sys.getrefcount(a[0])
b = copy.copy(a)
print(sys.getrefcount(a[0]) - r0)
c = copy.deepcopy(a)
print(sys.getrefcount(a[0]) - r0, sys.getrefcount(c[0]))
del b
print(sys.getrefcount(a[0]) - r0)
class K:
    pass
k = K(); k.v = 'vvq'
r1 = sys.getrefcount(k.v)
k2 = copy.copy(k)
print(sys.getrefcount(k.v) - r1)
k3 = copy.deepcopy(k)
print(sys.getrefcount(k.v) - r1, k3.v is k.v)

#### random_core
import random
random.seed(12345)
print(random.random(), random.getrandbits(70), random.randint(-10, 10), random.randrange(3, 100, 7))
print(random.choice('abcdefg'), random.uniform(-1, 1), random.triangular(), random.gauss(), random.normalvariate(5, 2))
print(random.expovariate(0.5), random.lognormvariate(0, 0.5), random.vonmisesvariate(1.0, 4.0), random.gammavariate(2.5, 1.5))
print(random.betavariate(0.5, 0.5), random.paretovariate(2.0), random.weibullvariate(1.5, 3.0), random.randbytes(6))
pop = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
print(random.sample(pop, 4), random.sample(pop, 3, counts=[1, 2, 3, 4, 5, 6, 7, 8]), random.choices(pop, k=3))
print(random.choices(pop, weights=[1, 2, 3, 4, 5, 6, 7, 8], k=4), random.choices(pop, cum_weights=[1, 2, 3, 4, 5, 6, 7, 8], k=2))
lst = [1, 2, 3, 4, 5, 6, 7, 8, 9]
random.shuffle(lst)
print(lst)
st = random.getstate()
a = random.random()
random.setstate(st)
print(a == random.random(), st[0], len(st[1]), st[2])
r = random.Random('seed string')
print(r.random(), r.randrange(10 ** 20), type(r).__name__, type(r).__module__, isinstance(r, random.Random))
r2 = random.Random(b'bytes')
r3 = random.Random(2.5)
r4 = random.Random(-99)
print(r2.random(), r3.random(), r4.random(), random.Random(99).random() == random.Random(-99).random())
random.seed('x', version=1)
print(random.random())
print(random.triangular(2, 2, 2), random.triangular(1, 3, 3))

#### random_errors
import random
def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
show(random.choice, [])
show(random.sample, {1, 2}, 1)
show(random.sample, [1, 2], 3)
show(random.sample, [1, 2], -1)
show(random.sample, ['a', 'b'], 1, counts=[1])
show(random.sample, ['a', 'b'], 1, counts=[1.5, 1])
show(random.sample, ['a', 'b'], 1, counts=[0, 0])
show(random.choices, [1, 2], 3)
show(random.choices, [1, 2], [1])
show(random.choices, [1, 2], [0, 0])
show(random.choices, [1, 2], [1, 2], cum_weights=[1, 2])
show(random.randrange, 0)
show(random.randrange, 5, 5)
show(random.randrange, 1, 10, 0)
show(random.randrange, 10, 1, 1)
show(random.randrange, 5, step=2)
show(random.randint, 1)
show(random.getrandbits, -1)
show(random.seed, [1, 2])
show(random.setstate, (9, (), None))
show(random.setstate, (3, (1, 2), None))
show(random.gammavariate, -1, 1)
show(random.shuffle, (1, 2, 3))
show(random.random, 5)
show(random.Random, 1, 2)

#### random_identity
import random, sys
random.seed(3)
objs = ['x' * 3, [1], (2,), None, 4.5]
picked = random.choice(objs)
print(picked is objs[0] or picked is objs[1] or picked is objs[2] or picked is objs[3] or picked is objs[4])
s = random.sample(objs, 2)
print(s[0] is objs[0] or s[0] is objs[1] or s[0] is objs[2] or s[0] is objs[3] or s[0] is objs[4])
r = random.Random(7)
print(r.__dict__, r.gauss(), r.__dict__)
r.extra = 1
print(sorted(r.__dict__), sys.getsizeof(r))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.uniform(0, 10), m.choice('abc'), m.randrange(10), m.choices('xyz', k=2))

#### random_classes
import random, sys, _random
class FloatOnly(random.Random):
    def random(self):
        return super().random()
class BitsOnly(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)
class Own(random.Random):
    c = 0
    def _randbelow(self, n):
        Own.c += 7
        return Own.c % n
for C in (FloatOnly, BitsOnly, Own):
    r = C(99)
    print(C.__name__, sorted(k for k in C.__dict__ if not k.startswith('__')), r.randrange(1000), r.choice('abcdefgh'), r.sample(range(50), 3))
    s = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    r.shuffle(s)
    print(s, r.randint(1, 10**15))
print(FloatOnly._randbelow is random.Random._randbelow_without_getrandbits, random.Random._randbelow is random.Random._randbelow_with_getrandbits)
r = random.Random(5)
print(r._randbelow(10), r._randbelow_with_getrandbits(100), r._randbelow_without_getrandbits(100), r._randbelow_without_getrandbits(7, 1000))
print(type(random.Random.seed).__name__, random.Random.randint.__qualname__, random.Random.randint.__module__, type(random.seed).__name__)
print(list(random.Random.__dict__))
print(list(_random.Random.__dict__), _random.Random is random.Random.__base__)
print(random.TWOPI is random._random.Random.__module__ or random.TWOPI, random._ONE, random._inst.__class__ is random.Random)
try:
    random.Random.seed()
except TypeError as e:
    print(e)
try:
    r._randbelow_without_getrandbits(0)
except ZeroDivisionError as e:
    print(e)
try:
    _random.Random(5, x=1)
except TypeError as e:
    print(e)
try:
    _random.Random(5, 6)
except TypeError as e:
    print(e)
print(_random.Random(5).random() == random.Random(5).random())
S = random.SystemRandom
print(list(S.__dict__), S.__mro__)
s = S(5)
x = s.random()
print(0 <= x < 1, s.getrandbits(10) < 1024, len(s.randbytes(5)), s.seed(1, 2, a=3), s.__dict__)
for f in (s.getstate, s.setstate):
    try:
        f()
    except NotImplementedError as e:
        print('NotImplementedError', e)
pop = ['a', 'b', 'c', 'd']
random.seed(5)
print(random.choices(pop, cum_weights=[1, 2, 3, 10], k=6), random.sample(pop, 2, counts=[3, 0, 2, 1]), random.sample(pop, True))
for k in (2.0, '2', None, 5):
    try:
        random.sample(pop, k)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

#### module_structure
import math, operator, _operator, string, copy, random, sys
print(sys.getrefcount(operator.add), operator.itemgetter is _operator.itemgetter, operator.__add__ is operator.add, operator.__doc__ is _operator.__doc__)
print([k for k in operator.__dict__ if not k.startswith('__')][:12])
print([k for k in _operator.__dict__ if not k.startswith('__')][:12])
for a in [('a', 'a'), ('a', 'b'), (b'a', b'a'), ('\xe9', '\xe9'), (1, 1), ('a', b'a'), (bytearray(b'x'), b'x')]:
    try:
        print(_operator._compare_digest(*a))
    except TypeError as e:
        print('TypeError', e)
print(random.TWOPI is math.tau, random._pi is math.pi, random._log is math.log, random._index is operator.index)
print(sys.getrefcount(math.tau), sys.getrefcount(math.e), sys.getrefcount(math.inf), sys.getrefcount(math.sqrt))
print(type(copy.copy).__name__, copy.copy.__name__, copy.deepcopy.__module__, copy.copy.__doc__.split('\n')[0])
print(copy.Error.__mro__, copy.Error.__module__, copy.error is copy.Error)
print(type(string.capwords).__name__, string.capwords.__doc__.split('\n')[0], string.Template.__module__)
print(sys.getrefcount(string.Template), type(string.Template.substitute).__name__, string.Template.substitute.__qualname__)
t = string.Template('$a')
print(sys.getsizeof(t), t.__dict__, type(t).__mro__)
class MyT(string.Template):
    delimiter = '%'
print([k for k in MyT.__dict__ if k != 'pattern'], MyT('%a $a').substitute(a=1))
