# A list object keeps its id while its item array is reallocated.
lst = []
i = id(lst)
for n in range(1000):
    lst.append(n)
print(id(lst) == i)
lst.clear()
print(id(lst) == i)
d = {}
j = id(d)
for n in range(1000):
    d[n] = n
print(id(d) == j)
