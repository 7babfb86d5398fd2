# __repr__, __str__ and __format__ and where each is used.
class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cur}{self.amount:g}"
        return format(str(self), spec)

m = Money(3.5, "EUR")
print(m, repr(m), str(m), [m])
print(f"{m}", f"{m!r}", f"{m:short}", f"[{m:>12}]")
print("{} {!r} {:short}".format(m, m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
