# iter and next
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("hi")
print(type(s).__name__, list(s))
d = iter({"a": 1, "b": 2})
print(type(d).__name__, next(d))
class Calls:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Calls(), 4)))
data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
r = iter(range(3))
print(type(r).__name__, next(r), list(r))
t = iter((1,))
print(type(t).__name__, type(iter(set())).__name__, type(iter(b"")).__name__, type(iter({}.items())).__name__)
ri = reversed([1, 2])
print(type(ri).__name__, next(ri), type(reversed("ab")).__name__, type(reversed(range(3))).__name__)
z = zip([1], [2])
print(type(z).__name__, iter(z) is z, list(z))
