# Keys can be any hashable: equal numbers collide, tuples work, lists do not.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[(1, 2)] = "tuple"
d[frozenset({1})] = "frozenset"
d[None] = "none"
print(d)
print(d[1], d[(1, 2)], d[frozenset([1])])
try:
    d[{1}] = 1
except TypeError as e:
    print(e)
