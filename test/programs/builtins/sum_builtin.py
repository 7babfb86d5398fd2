# sum with and without start; sum of floats and lists; strings are refused.
print(sum([1, 2, 3]), sum([], 10), sum(range(101)), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1.5, 2], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
print(sum([True, True, False]), sum([1, 2.0, 3j]))
