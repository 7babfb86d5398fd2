# functools.partial: repr, flattening of nested partials, keyword merging, attributes, sizes.
import functools, sys
def f(a, b, c=3, **kw):
    return (a, b, c, kw)
p2 = functools.partial(f, 1, c=10)
p3 = functools.partial(p2, 2, d=4)
print(p3(), p3.func is f, p3.args, p3.keywords, p3(c=0), p2.keywords)
print(repr(p3).replace(hex(id(f)), 'ADDR'))
print(repr(functools.partial(len)).startswith('functools.partial(<built-in function len>'), repr(functools.partial(f, 'x', k=[1])).endswith(", 'x', k=[1])"))
class P(functools.partial):
    pass
sub = P(f, 1)
print(repr(sub).startswith('P(<function f'), type(functools.partial(sub, 2)).__name__, functools.partial(sub, 2).args)
q = functools.partial(f, 1)
q.note = 'attr'
print(q.__dict__, functools.partial(q, 2).func is q, functools.partial(q, 2).args)
print(sys.getsizeof(functools.partial(f)), type(p3), functools.partial.__module__, functools.partial(f).keywords)
power = functools.partial(pow, 2)
print(power(10), power.args, functools.partial(pow, exp=3)(2))
int2 = functools.partial(int, base=2)
print(int2('1010'), int2('11', base=10))
for bad, fn in [('functools.partial()', lambda: functools.partial()),
         ('functools.partial(1)', lambda: functools.partial(1)),
         ('functools.partial(f, 1, 2, 3, 4)()', lambda: functools.partial(f, 1, 2, 3, 4)())]:
    try:
        fn()
    except TypeError as e:
        print(bad, '->', e)
try:
    p3.func = len
except AttributeError as e:
    print(type(e).__name__)
obj = object()
base = sys.getrefcount(obj)
pp = functools.partial(f, obj, key=obj)
print(sys.getrefcount(obj) - base)
del pp
print(sys.getrefcount(obj) - base)
r = functools.partial(f)
r2 = functools.partial(r, r)
print(r2.args[0] is r, r2.func is f)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(max, [3]))
for bad, fn in [('functools.reduce()', lambda: functools.reduce()),
         ('functools.reduce(None, 1)', lambda: functools.reduce(None, 1)),
         ('functools.reduce(1, [1, 2])', lambda: functools.reduce(1, [1, 2])),
         ('functools.reduce(len, [])', lambda: functools.reduce(len, []))]:
    try:
        fn()
    except TypeError as e:
        print(bad, '->', e)
K = functools.cmp_to_key(lambda a, b: len(a) - len(b))
print(sorted(['ccc', 'a', 'bb'], key=K), K('x') < K('yy'), K('xx') == K('yy'), type(K).__name__, sys.getsizeof(K('a')), K('z').obj)
try:
    K('a') < 'b'
except TypeError as e:
    print(e)
