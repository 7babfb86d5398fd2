# List comparison is lexicographic; copies are shallow.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print([1, [2]] == [1, [2]], [1, 2] == (1, 2), [0.0] == [0])
a = [[1, 2], [3]]
b = a[:]
c = list(a)
b[0].append(99)
b.append("new")
print(a, b, c)
print(a[0] is b[0] is c[0])
