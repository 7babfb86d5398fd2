# A return inside a generator ends iteration; the value is discarded by for.
def first_n(items, n):
    for i, x in enumerate(items):
        if i == n:
            return "stopped early"
        yield x

print(list(first_n("abcdef", 3)))
for x in first_n([1], 5):
    print(x)
