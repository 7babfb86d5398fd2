# functools.total_ordering fills in the missing comparison methods.
import functools

@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        return self.rank == other.rank
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __repr__(self):
        return self.rank

hand = [Card(r) for r in "K3TA7"]
print(sorted(hand), Card("Q") > Card("J"), Card("2") >= Card("2"), Card("5") <= Card("4"))
print(sorted(n for n in ("__gt__", "__ge__", "__le__") if n in Card.__dict__))
