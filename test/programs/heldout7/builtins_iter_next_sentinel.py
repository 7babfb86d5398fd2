# iter() with sentinel, next() with default, iterator exhaustion and the iteration protocol.
data = [1, 2, 3, 0, 4]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
print(list(it))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter([10])
print(next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5, 0)
except TypeError as e:
    print(e)
class Count:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Count(3)
print(list(c), list(c), iter(c) is c)
class OldStyle:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return chr(97 + i)
print(list(OldStyle()), "b" in OldStyle(), tuple(iter(OldStyle())))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
s = iter("ab")
print(type(s).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
print(s.__length_hint__(), next(s), s.__length_hint__())
