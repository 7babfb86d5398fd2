# A recursive generator producing permutations.
def perms(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p

print(list(perms([1, 2, 3])))
print(sum(1 for _ in perms(list("abcd"))))
