# Blocks freed in the order a, b, c come back as c, b, a.
x, y, z = object(), object(), object()
ix, iy, iz = id(x), id(y), id(z)
del x
del y
del z
p, q, r = object(), object(), object()
print(id(p) == iz, id(q) == iy, id(r) == ix)
l1, l2 = [1], [2]
i1, i2 = id(l1), id(l2)
del l1, l2
m1, m2 = [], []
print(id(m1) == i2, id(m2) == i1)
