# range with one, two and three arguments, and errors.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)))
try:
    range(0, 5, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
