# Unpacking in list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0, *b), {*a, *a})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "x": 0})
print([*range(3), *"ab"], (*"hi",))
first, *_ = [*b, *a]
print(first)
