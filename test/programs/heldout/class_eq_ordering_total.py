# functools.total_ordering and comparisons of custom classes
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") >= Version("1.5"), Version("1.0") > Version("1.0"))
print(vs[1] == vs[4], vs[1] is vs[4], vs.index(Version("1.2")), vs.count(Version("1.2")))
class Card:
    order = "23456789TJQKA"
    def __init__(self, r): self.r = r
    def __lt__(self, o): return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self): return self.r
hand = [Card(c) for c in "K2TA9"]
hand.sort()
print(hand, sorted(hand, reverse=True))
try:
    Card("2") > 5
except (TypeError, ValueError, AttributeError) as e:
    print(type(e).__name__, e)
