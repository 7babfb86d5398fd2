# min and max: iterables, multiple args, key, default and errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
print(max(["apple", "fig", "banana"], key=len), min({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]))
print(max([], default="empty"), min((), default=None))
print(max([1, 3, 3.0, 2]), max([(1, "b"), (1, "c")]), min([2, 1, 1.0]))
for bad in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: max([1, "a"])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
