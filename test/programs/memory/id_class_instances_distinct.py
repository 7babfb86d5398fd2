# Each call of a class makes a new object; classes themselves are unique.
class A:
    pass

a1, a2 = A(), A()
print(a1 is a2, type(a1) is type(a2), a1.__class__ is A)
print(id(a1) != id(a2), id(A) == id(type(a1)))
ids = [id(A()) for _ in range(3)]
print(ids[0] == ids[1] == ids[2])
