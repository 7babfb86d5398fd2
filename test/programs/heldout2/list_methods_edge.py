# list operations at edges: empty lists, negative indices, self-referencing
l = []
print(l[:], l[::-1], l * 3, l + l, len(l), bool(l), l == [], l is not [])
l.extend(l)
print(l)
l = [1, 2, 3]
l.extend(l)
print(l)
l[len(l):] = l[:2]
print(l)
l.insert(-100, "first")
l.insert(100, "last")
print(l, l.index("last"), l.count(1))
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
r = [1]
r.append(r)
print(r, len(r), r[1] is r, r[1][1][1][0])
s = [3, 1, 2]
t = s
s += [4]
print(t, s is t)
s = s + [5]
print(t, s is t)
del s[:]
print(s, t)
print([x for x in range(5)][-2:], list(range(10))[::-3], list(range(10))[-3:2:-1])
a = list(range(5))
a[1:4] = a[3:0:-1]
print(a)
b = [0] * 5
b[1::2] = ["x", "y"]
print(b)
print(sorted([[3], [1, 2], [], [1]]), [[]] == [[]], [[]] * 0, [[1]] < [[2]])
print(list(map(list, zip(*[[1, 2], [3, 4], [5, 6]]))), [a for a, in [(1,), (2,)]])
