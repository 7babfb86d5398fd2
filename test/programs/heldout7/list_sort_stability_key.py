# list.sort: stability, key functions, reverse keeps stability, multi-pass sorts, errors during sort.
records = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "LA")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_age_rev = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in by_age_rev])
two_pass = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[2])
print([r[0] for r in two_pass])
print(sorted(records, key=lambda r: (r[2], -r[1]))[:3])
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
nums = [5, 3, 8]
try:
    nums.sort(key=lambda x: 1 / (x - 3))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, nums)
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print(e, mixed)
l = [1, 2, 3]
def mutate(x):
    l.append(x)
    return x
try:
    l.sort(key=mutate)
except ValueError as e:
    print(e)
print(sorted([0.5, -1, 3, True, 2.0]), sorted(["B", "a", "C"]), sorted([(1, "b"), (1, "a")]))
print(sorted([[3], [1, 2], [1]]), sorted("hello world".split(), key=lambda w: w[-1]))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(e)
