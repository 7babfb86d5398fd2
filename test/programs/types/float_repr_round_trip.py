# repr(float) is the shortest string that round-trips.
for x in (0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1.1, 2.2, 3.3, 1e-10, 123456.789, 1e22, 1e23, 5e-324, 2 ** 0.5):
    print(repr(x), float(repr(x)) == x)
print(0.1 + 0.7, 0.1 * 3, 4.35 * 100, 1.15 * 100, 9.95 * 10)
print(repr(1 / 10), str(1 / 10), f"{0.1:.20f}", format(0.1, ".17g"))
