# ** with negative bases and exponents, and float results.
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** 3, (-2) ** -3, (-8) ** (1 / 3))
print(4 ** 0.5, 2 ** 0.5, 0.5 ** 2)
print(pow(-1, 2), pow(-1, 3), pow(2, 3, 5))
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(1.5 ** 2, 10 ** 20, 10.0 ** 20, 10.0 ** 16, 10.0 ** 15)
