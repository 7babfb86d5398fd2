# assert without a message: a bare AssertionError.
x = 3
assert x == 3
print("first assert passed")
assert x % 2 == 0
