# Mixed int/float arithmetic and true division results.
print(1 + 1.0, 3 * 0.5, 7 // 2.0, 7 % 2.5)
print(10 / 4, 10 // 4, -10 / 4, -10 // 4)
print(int(3.99), int(-3.99), float(7), 2 ** 53 + 1.0)
print(1 == 1.0, 0.5 == 1 / 2, 0.1 * 3 == 0.3)
print(True + True, True * 3.5, False - 1)
