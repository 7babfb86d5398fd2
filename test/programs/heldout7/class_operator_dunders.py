# Operator dunders: arithmetic, reflected, in-place, unary, NotImplemented fallback, and the TypeErrors.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return V(*(pow(a, k, mod) for a in self.c))
    def __invert__(self): return V(*reversed(self.c))
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, +a is a, abs(V(3, 4)), a @ b, b / 2, b // 2, b % 3, a ** 2, pow(b, 2, 5), ~a, V(1, 2, 3) << 1)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    "s" * a
except TypeError as e:
    print(e)
try:
    a - b
except TypeError as e:
    print(e)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return "plain add"
acc = Acc()
before = acc
acc += 1
acc += 2
print(acc is before, acc.items, acc + 3)
class OnlyAdd:
    def __add__(self, o): return "added"
o = OnlyAdd()
o += 1
print(o)
class R:
    def __radd__(self, o): return f"radd({o})"
print(1 + R(), [1] + R(), sum([R()]) if False else 0 + R())
class Sub(int):
    def __radd__(self, o): return "Sub.__radd__ wins"
print(1 + Sub(2), Sub(2) + 1)
try:
    ~V.__new__(object)
except TypeError as e:
    print(e)
