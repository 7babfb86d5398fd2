# Shallow copies share nested lists.
orig = [[1, 2], [3, 4]]
shallow = orig.copy()
sliced = orig[:]
built = list(orig)
comp = [row[:] for row in orig]
orig[0][0] = "X"
print(shallow, sliced, built, comp)
print(shallow[0] is orig[0], comp[0] is orig[0])
