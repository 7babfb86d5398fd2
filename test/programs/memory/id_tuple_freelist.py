# Tuples are reused from per-size free lists.
n = 5
t = (n, n)
idt = id(t)
del t
u = (n, n + 1)
print(id(u) == idt)
t3 = (n, n, n)
id3 = id(t3)
del t3
v = (n, n)
print(id(v) == id3)
w = (n, n, n + 2)
print(id(w) == id3)
