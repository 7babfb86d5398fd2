# starmap, tee, zip_longest.
import itertools
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
x, y, z = itertools.tee("ab", 3)
print(next(x), list(y), list(z), list(x))
print(list(itertools.zip_longest("abc", [1])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
