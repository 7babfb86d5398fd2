# operator overloading, reflected and in-place operators
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 3, 3 * v, -v, +v, abs(w), v @ w, w / 2, w // 2, w % 2, v ** 2)
u = v
u += w
print(u, v, u is v, bool(Vec(0, 0)), v == Vec(4, 6))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - v
except TypeError as e:
    print("TypeError:", e)
try:
    ~v
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, n): self.n = n
    def __radd__(self, o):
        return Num(o + self.n)
    def __repr__(self): return f"Num({self.n})"
print(1 + Num(2), sum([Num(1), Num(2)], 0) if False else sum([1, 2]) + Num(0).n, [1, 2] + [] if True else 0)
print(sum([Num(1)], 10) if False else 10 + Num(1))
class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return f"Bits({self.v:#b})"
print(Bits(12) & Bits(10), Bits(12) | Bits(3), Bits(5) ^ Bits(1), Bits(1) << 4, Bits(16) >> 2, ~Bits(0))
