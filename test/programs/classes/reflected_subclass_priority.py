# If the right operand is a subclass that overrides the reflected method, it goes first.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return f"Num.__add__({self.v}, {other.v})"
    def __radd__(self, other):
        return f"Num.__radd__({self.v}, {other.v})"

class Special(Num):
    def __radd__(self, other):
        return f"Special.__radd__({self.v}, {other.v})"

print(Num(1) + Num(2))
print(Num(1) + Special(2))
print(Special(1) + Num(2))
