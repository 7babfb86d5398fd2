# range objects: repr, len, indexing, slicing, membership, reversed.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2], list(r))
print(r[1:3], r[::-1], r[::2], list(r[::-1]))
print(5 in r, 6 in r, 20 in r, 5.0 in r, r.index(11), r.count(8))
print(range(10, 0, -3), list(range(10, 0, -3)), len(range(10, 0, -3)))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), list(reversed(range(4))))
print(r.start, r.stop, r.step, range(5)[-2:])
try:
    r[10]
except IndexError as e:
    print(e)
try:
    r.index(4)
except ValueError as e:
    print(e)
