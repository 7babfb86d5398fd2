# Generator expressions: laziness, early binding of first iterable, single use, in calls, nested.
calls = []
def src(n):
    calls.append("src")
    return range(n)
g = (x * 2 for x in src(3))
print(calls, type(g).__name__)
print(list(g), list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
data = [1, 2, 3]
g = (x for x in data)
data = [9, 9]
print(list(g))
lst = [1, 2, 3]
g = (x for x in lst)
lst.append(4)
print(list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()), "-".join(str(i) for i in range(4)))
print(dict((k, v) for k, v in zip("ab", (1, 2))), sorted((-x for x in {3, 1, 2})), any(x > 2 for x in [1, 5]))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
nested = (list(y for y in range(x)) for x in range(4))
print(list(nested))
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("raised on demand:", e)
print(list(g))
g = (i for i in range(3))
print(g.__next__(), g.gi_running, g.__name__, g.__qualname__, iter(g) is g)
def f():
    return (v for v in range(2))
print(f().__qualname__)
try:
    (y for y in range(3)).send(1)
except TypeError as e:
    print(e)
