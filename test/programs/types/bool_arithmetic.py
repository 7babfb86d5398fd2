# bool is an int subclass: arithmetic, str, repr, bitwise.
print(True + True, True * 10, False * 10, True / 2, -True, ~True, ~False)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True + True).__name__)
print(str(True), repr(False), int(True), float(False), bool("False"))
print(True == 1, True is not False, sum([True, False, True]))
print(isinstance(False, int), True > False, max(True, 2), [10, 20][True])
