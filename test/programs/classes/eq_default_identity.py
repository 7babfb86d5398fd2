# Without __eq__, == compares identity; with __eq__, != is derived.
class Plain:
    pass
class Valued:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Valued):
            return NotImplemented
        return self.v == other.v

a = Plain()
print(a == a, a == Plain(), a != Plain())
print(Valued(1) == Valued(1), Valued(1) != Valued(2), Valued(1) == 1, Valued(1) != 1)
print(Valued(1) in [Valued(0), Valued(1)], [Valued(2)].index(Valued(2)))
