# 'is' checks identity; '==' checks value.
a = [1, 2, 3]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
print(id(a) == id(b), id(a) == id(c))
x = None
print(x is None, x == None)
nan = float("nan")
box = [nan]
print(nan in box, nan == nan, box[0] is nan)
