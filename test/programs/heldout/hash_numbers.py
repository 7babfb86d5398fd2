# hash of numbers (not randomised)
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 0.5, 1.5, -0.5, 1e100, 3.14, float("inf"), -float("inf"), 1 + 2j, True, False, 10 ** 20]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(0.0) == hash(-0.0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(("a", 1)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash(None) == hash(None), {1: "a", 1.0: "b", True: "c"})
