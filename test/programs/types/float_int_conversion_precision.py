# Converting between int and float loses precision above 2**53.
n = 2 ** 53
print(float(n), float(n + 1), float(n + 1) == float(n), int(float(n + 1)))
print(int(1e20), int(1.9999999999999999), int(-0.5), 10 ** 16 + 1.0)
print(float(10 ** 17 + 1), int(float(10 ** 17 + 1)))
