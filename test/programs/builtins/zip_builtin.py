# zip stops at the shortest input; strict=True raises on mismatch.
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1])))
names, ages = zip(*[("a", 1), ("b", 2)])
print(names, ages)
print(dict(zip("xyz", range(3))))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], "a", [2, 3], strict=True))
except ValueError as e:
    print(e)
