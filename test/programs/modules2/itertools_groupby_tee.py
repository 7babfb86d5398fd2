# groupby's shared iterator (_grouper) and tee's shared buffer.
import itertools, sys
g = itertools.groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(g)
print(k1, next(g1), type(g1), sys.getsizeof(g), sys.getsizeof(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), list(g2))
for k, grp in itertools.groupby('AAAABBBCCD'):
    print(k, list(grp), end=' ')
print()
for k, grp in itertools.groupby(range(7), key=lambda v: v // 3):
    print(k, list(grp), end=' ')
print()
groups = []
for k, grp in itertools.groupby('aabbbc'):
    groups.append(grp)
print(len(groups), list(groups[0]), list(groups[-1]))
keys = list(itertools.groupby(''))
print(keys)
t1, t2 = itertools.tee(range(200))
print(sys.getsizeof(t1), type(t1), next(t1), next(t1))
total = 0
for v in t2:
    total += v
print(total, list(t1)[-1])
t3, t4 = itertools.tee(t1)
print(type(t3), t3 is t1, t4 is t1)
a, b, c = itertools.tee('xyz', 3)
print(next(a), list(b), list(a), list(c), itertools.tee('q', 0))
src = iter([10, 20, 30])
u, v = itertools.tee(src)
print(next(u), next(v), next(src), list(u), list(v))
o = object()
base = sys.getrefcount(o)
p, q = itertools.tee([o])
first = next(p)
print(first is o, sys.getrefcount(o) - base)
del first, p
print(sys.getrefcount(o) - base)
del q
print(sys.getrefcount(o) - base)
cp = itertools.tee('ab')[0]
print(list(cp.__copy__()), list(cp), list(cp.__copy__()))
try:
    itertools.tee([], -1)
except ValueError as e:
    print(e)
