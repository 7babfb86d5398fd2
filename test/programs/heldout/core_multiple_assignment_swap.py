# multiple targets, swaps, evaluation order of assignments
a, b = 1, 2
a, b = b, a
print(a, b)
x = [0, 1, 2]
i = 0
i, x[i] = 2, "set"
print(i, x)
p = q = []
p.append(1)
print(q, p is q)
(m, n), o = "ab", "c"
print(m, n, o)
def order(tag, v):
    print("eval", tag)
    return v
d = {}
d[order("key", "k")] = order("value", 1)
r, s = order("left", 1), order("right", 2)
l = [0, 0]
l[order("idx", 0)], l[order("idx2", 1)] = order("v1", "A"), order("v2", "B")
print(l)
first, second, *others = range(6)
print(first, second, others)
for (k, v), idx in zip({"a": 1, "b": 2}.items(), range(2)):
    print(k, v, idx)
a = b = c = 7
print(a, b, c)
a, b = b, a = 1, 2
print(a, b)
