# Iteration order of a set of strings (fixed by PYTHONHASHSEED=0).
s = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
print(s)
print(list(s))
print(sorted(s))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({c for c in "mississippi"})
