# __reversed__ and __len__ used by reversed() and len().
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]

d = Deck()
print(len(d), list(reversed(d)), d[-1], sorted(d))
class Custom(Deck):
    def __reversed__(self):
        return iter(["custom", "order"])
print(list(reversed(Custom())))
