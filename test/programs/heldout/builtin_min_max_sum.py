# min/max/sum edge cases
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("bca"), max("apple", "pear", key=len))
print(max([], default=None), min((), default="empty"), max([1, 3, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 5]]), max({1: "a", 5: "b"}), max({"x": 3, "y": 1}.values()))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), max(True, 1))
print(sum([]), sum([1.5, 2.5]), sum(range(10), 100), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([0.1] * 3))
for args in [(), ([],), (1,)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3], start=10), sum(x for x in range(5)), sum([True, True, False]))
print(min([3, 1, 2], key=str), max(["10", "9"], key=int), max("abc", "abd"))
print(sum([1e100, 1.0, -1e100]), sum([10 ** 20, 1.5]))
