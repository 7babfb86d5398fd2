# Iteration order of sets of small ints is deterministic (hash(i) == i).
print({5, 3, 1, 4, 2}, {10, 100, 1000, 7}, {-1, -2, 0, 1})
print(set(range(10, 0, -1)), {8, 16, 24, 32, 0})
print({1, 9, 17}, {17, 9, 1}, list({33, 1, 65}))
s = set()
for n in (40, 8, 32, 16, 0):
    s.add(n)
print(s)
