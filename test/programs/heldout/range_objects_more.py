# range
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(11), r.count(8))
print(range(5), range(0), range(1, 2), range(10, 0, -2), list(range(10, 0, -2)), len(range(0, -10, -3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)))
print(list(reversed(range(5))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10 ** 20)[-1], len(range(-(10 ** 18), 10 ** 18, 7)), 10 ** 19 in range(10 ** 20))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
print(r.start, r.stop, r.step, range(3)[1:], bool(range(0)), bool(range(1)))
print([i for i in range(3, -3, -1)], list(range(-5)), tuple(range(0, 1, 5)))
