# __hash__/__eq__ for value objects in sets and dicts, hash of ints/tuples/frozensets, hash errors.
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"Pt({self.x},{self.y})"
s = {Pt(1, 2), Pt(1, 2), Pt(2, 1)}
print(len(s), Pt(1, 2) in s, {Pt(0, 0): "origin"}[Pt(0, 0)])
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(10**30), hash(0.5), hash(1.5), hash(-0.5), hash(1e100), hash((1, 2)), hash(()), hash((None,)) == hash((None,)))
print(hash(frozenset([1, 2, 3])), hash(frozenset()) % 10**9, hash(complex(1, 2)), hash(3 + 0j) == hash(3))
class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()), hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
class Mutable:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
m = Mutable(1)
d = {m: "v"}
m.k = 2
print(m in d, Mutable(1) in d, Mutable(2) in d, len(d))
class EqOnlySub(Pt):
    def __eq__(self, o): return False
print(EqOnlySub.__hash__)
