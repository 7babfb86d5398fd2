# compress, dropwhile, takewhile, filterfalse, islice.
import itertools
data = [1, 4, 6, 3, 8, 2]
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, data)), list(itertools.takewhile(lambda x: x < 5, data)))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.islice("abcdefg", 2)), list(itertools.islice("abcdefg", 2, 4)), list(itertools.islice("abcdefg", 0, None, 3)))
try:
    itertools.islice("abc", -1)
except ValueError as e:
    print(e)
