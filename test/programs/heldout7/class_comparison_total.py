# Rich comparisons: reflection, NotImplemented, functools.total_ordering, __eq__ and __hash__ interplay.
import functools
log = []
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(f"A.eq({self.v})")
        return NotImplemented
    def __lt__(self, o):
        log.append("A.lt")
        return NotImplemented
class B(A):
    def __eq__(self, o):
        log.append(f"B.eq({self.v})")
        return True
    def __gt__(self, o):
        log.append("B.gt")
        return True
print(A(1) == B(2), log); log.clear()
print(B(1) == A(2), log); log.clear()
print(A(1) < B(2), log); log.clear()
print(A(1) == A(1), log); log.clear()
print(A(1) != A(1), log); log.clear()
try:
    A(1) < A(2)
except TypeError as e:
    print(e, log); log.clear()
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Ver" + ".".join(map(str, self.p))
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9), Ver(1, 2)]
print(sorted(vs), Ver(1) <= Ver(1), Ver(2) >= Ver(1, 5), Ver(1) > Ver(1), max(vs))
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__, NoHash() == 5, 5 == NoHash())
try:
    {NoHash()}
except TypeError as e:
    print(e)
class KeepHash:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(len({KeepHash(), KeepHash()}))
class Weird:
    def __eq__(self, o): return "truthy string"
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [1], Weird() in [1])
