# Without __iter__, iteration falls back to __getitem__ with 0, 1, 2... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

s = Squares(5)
print(list(s), 9 in s, 10 in s)
for v in Squares(3):
    print("item", v)
print(list(reversed([*Squares(4)])))
it = iter(s)
print(type(it).__name__, next(it), next(it))
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print(e)
