# id-based default hash/eq: distinct objects are unequal, dict keys by identity.
class Key:
    def __init__(self, n):
        self.n = n

k1, k2 = Key(1), Key(1)
d = {k1: "first", k2: "second"}
print(len(d), d[k1], d[k2], k1 == k2, k1 is k2)
print(hash(k1) == hash(k1), hash(k1) == id(k1) >> 4)
