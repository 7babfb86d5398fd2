# tuples
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t), t.count(2), t.index(3), 2 in t)
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), (1, 2) + (3,), (0,) * 3)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), () < (0,))
a, b, *c = t
print(a, b, c)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(x for pair in [(1, 2), (3, 4)] for x in pair))
x = ([],)
x[0].append(1)
print(x)
try:
    x[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(x)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, 2), (1, 3)]), tuple(sorted((3, 1, 2))))
print(hash((1, 2)) == hash((1, 2)), repr((1,)), repr(((),)), str(("a", 'b"')))
