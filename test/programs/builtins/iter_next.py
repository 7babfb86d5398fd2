# iter and next, including next's default and StopIteration.
it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("hi")
print(iter(s) is s)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
d = iter({"k": 1, "j": 2})
print(list(d))
