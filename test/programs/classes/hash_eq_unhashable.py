# Defining __eq__ without __hash__ makes instances unhashable.
class Plain:
    pass
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
class WithBoth(WithEq):
    def __hash__(self):
        return hash(self.v)

print(Plain.__hash__ is object.__hash__, WithEq.__hash__, WithBoth.__hash__ is not None)
try:
    {WithEq(1)}
except TypeError as e:
    print(e)
s = {WithBoth(1), WithBoth(1), WithBoth(2)}
print(len(s))
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
