# __eq__, __hash__, __lt__ and friends
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"V({self.v})"
a, b = V(1), V(2)
print(a == b, a != b, a < b, b > a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(V.__hash__)
class H(V):
    def __hash__(self):
        return hash(self.v)
s = {H(1), H(1), H(2)}
print(len(s))
print(a == 1, 1 == a)
print([V(3), V(1)] == [V(3), V(1)])
print(V(1) in [V(0), V(1)])
class Plain:
    pass
x = Plain()
print(x == x, x != Plain(), hash(x) == hash(x))
class NE:
    def __ne__(self, o):
        return "custom ne"
print(NE() != 1, NE() == 1)
