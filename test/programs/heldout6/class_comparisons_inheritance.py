# rich comparison dispatch with subclasses overriding reflected methods
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"A.__eq__({self.v}, {getattr(other, 'v', other)})")
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
class B(A):
    def __eq__(self, other):
        print(f"B.__eq__({self.v}, {getattr(other, 'v', other)})")
        return self.v == getattr(other, "v", None)
    def __gt__(self, other):
        print("B.__gt__")
        return self.v > other.v
a, b = A(1), B(1)
print(a == b)
print(b == a)
print(a < b)
print(a != b)
print(A(1) == A(1))
class C:
    def __eq__(self, other):
        return "truthy string"
print(C() == 1, bool(C() == 1), [C()] == [C()], C() in [1])
class D(int):
    def __lt__(self, other):
        return "D.lt"
    def __gt__(self, other):
        return "D.gt"
print(D(1) < 2, 2 < D(1), 2 > D(1), D(1) > D(2))
print(sorted([D(3), D(1), D(2)]) if False else "skip", max(1, 2, key=lambda x: -x))
