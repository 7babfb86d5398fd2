# int, float, complex and bool interplay in builtins.
print(int.__mro__, bool.__mro__)
print(float.is_integer(2.0), (2.5).is_integer(), int(2.0) == 2.0)
print(True == 1, False == 0, True + 1.5, True & False, True | False, True ^ True)
print(isinstance(1.0, int), isinstance(1, float), isinstance(True, (float, int)))
print(1 == 1.0 == (1 + 0j), hash(1) == hash(1.0) == hash(1 + 0j))
