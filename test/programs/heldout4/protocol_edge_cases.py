# special-method edge cases: None-disabled protocols, hash reduction, bool/len results
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1, 2])
try:
    1 in NoContains()
except TypeError as e:
    print(e)
class BigHash:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for h in [2 ** 64, -1, 2 ** 61 - 1, 2 ** 61, -(2 ** 70), 10 ** 30]:
    print(h, hash(BigHash(h)))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class WeirdBool:
    def __bool__(self):
        return 0
try:
    bool(WeirdBool())
except TypeError as e:
    print(e)
class HugeLen:
    def __len__(self):
        return 2 ** 63
try:
    len(HugeLen())
except OverflowError as e:
    print(e)
class FloatLen:
    def __len__(self):
        return 3.0
try:
    len(FloatLen())
except TypeError as e:
    print(e)
class Eq:
    def __init__(self):
        self.calls = 0
    def __eq__(self, other):
        self.calls += 1
        return False
e = Eq()
lst = [e, 1]
print(e in lst, lst.count(e), lst.index(e), e.calls)
lst.remove(e)
print(lst, e.calls)
class Hint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        return 100
print(list(Hint()), len(list(Hint())))
class IndexLike:
    def __index__(self):
        return 2
print("abcdef"[IndexLike():], [0, 1, 2, 3][:IndexLike()], range(10)[IndexLike()::IndexLike()], bin(IndexLike()))
