# generator expressions: laziness, single pass, scoping
log = []
def src(n):
    for i in range(n):
        log.append(i)
        yield i
g = (x * 10 for x in src(5) if x % 2 == 0)
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__ if hasattr(gen, "__name__") else "", sum(gen), sum(gen))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in []), min((len(w), w) for w in "aa b ccc".split()))
print(sorted(x % 4 for x in range(10)), "".join(c for c in "hello" if c not in "lo"))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def first(it):
    for x in it:
        return x
print(first(x for x in range(10**9) if x > 5))
print(max((x for x in []), default="empty"), sum(x * x for x in range(10)))
