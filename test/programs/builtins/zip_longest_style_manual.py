# Transposing a matrix with zip(*rows).
rows = [[1, 2, 3], [4, 5, 6]]
cols = list(zip(*rows))
print(cols)
print([list(c) for c in zip(*cols)])
print(list(zip(*["abc", "de"])))
print(list(map(sum, zip(*rows))))
