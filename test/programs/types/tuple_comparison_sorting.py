# Tuple comparison is lexicographic and used for multi-key sorting.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, "a") == (1, "a"), (1, 2) == [1, 2], (0.0,) == (0,))
points = [(2, 1), (1, 2), (1, 1), (2, 0)]
print(sorted(points), max(points), min(points, key=lambda p: p[1]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
