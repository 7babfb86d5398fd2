# a grab bag of special methods on one class
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, n):
        return Money(self.cents * n)
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __int__(self):
        return self.cents
    def __float__(self):
        return self.cents / 100
    def __round__(self, n=0):
        return Money(round(self.cents, n - 2) if n < 2 else self.cents)
    def __format__(self, spec):
        return format(self.cents / 100, spec) if spec else str(self)
prices = [Money(250), Money(199), Money(1000)]
print(prices, [str(p) for p in prices], sum(prices), sum(prices, Money(1)))
print(max(prices), min(prices), sorted(prices), Money(5) * 3, 2 * Money(5), -Money(7))
print(Money(100) == Money(100), Money(1) != Money(2), len({Money(1), Money(1), Money(2)}), bool(Money(0)))
print(int(Money(123)), float(Money(123)), round(Money(1234)), f"{Money(1999):.1f}", f"{Money(1999)}", "%s" % Money(5))
total = Money(0)
for p in prices:
    total += p
print(total, total is prices[0], Money(1) + 5, 5 + Money(1))
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
try:
    Money(1) <= Money(2)
except TypeError as e:
    print(e)
