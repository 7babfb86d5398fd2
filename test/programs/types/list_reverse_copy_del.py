# reverse vs reversed vs slicing; copy vs alias; del on elements.
a = [1, 2, 3, 4]
b = a
c = a.copy()
a.reverse()
print(a, b, c)
print(a[::-1], list(reversed(a)), a)
del a[1]
print(a, b)
del a[:]
print(a, b, c)
