# dict.update and the | and |= operators.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("k", 1)]
except TypeError as e:
    print(e)
a.update(b, z=300, q=4)
print(a)
a.update()
print(len(a))
