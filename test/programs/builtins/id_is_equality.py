# id() is consistent with 'is'; equal values need not be identical.
a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is c, id(a) == id(b), id(a) == id(c))
x = None
print(x is None, id(x) == id(None))
print(type(id(a)).__name__, id(a) > 0)
