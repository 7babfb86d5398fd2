# Class-body names are not visible inside methods or comprehensions.
y = "module y"

class C:
    y = "class y"
    def method(self):
        return y
    values = [y for _ in range(1)]
    first = y

print(C().method())
print(C.values)
print(C.first)

class D:
    n = 3
    try:
        squares = [i * n for i in range(3)]
    except NameError as e:
        err = str(e)
print(D.err)
