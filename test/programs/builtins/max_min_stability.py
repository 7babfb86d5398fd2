# max/min return the first of several equal maxima/minima.
pairs = [(1, "first"), (3, "a"), (3, "b"), (1, "last")]
print(max(pairs, key=lambda p: p[0]))
print(min(pairs, key=lambda p: p[0]))
print(max([0, 0.0, False]), min([0, 0.0, False]))
print(max("apple", "Apple", "APPLE", key=str.lower))
