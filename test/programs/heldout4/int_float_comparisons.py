# exact comparisons between ints and floats, hashing consistency
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1)
print(10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(1 == 1.0 == True, 0 == -0.0 == False, 0.1 + 0.2 == 0.3, (0.1 + 0.2) - 0.3 < 1e-15)
print(hash(2 ** 53) == hash(float(2 ** 53)), hash(10 ** 20) == hash(1e20), hash(1e20), hash(10 ** 20))
print(sorted([3, 2.5, 10 ** 20, 1e20, -1, -1.0, True]), max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print({1: "a", 1.0: "b"}, {2 ** 53: 1, float(2 ** 53): 2}, len({0, 0.0, -0.0, False}), {True, 1, 1.0})
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan], {nan: 1}.get(nan), float("nan") in {nan})
print(1 < 2.0 < 3, 2 ** 64 > 1.8e19, 2 ** 64 < 1.9e19, int(1.8e19) < 2 ** 64, (2 ** 1024) > float("inf") * 0 if False else True)
print(divmod(2 ** 60, 0.5), 2 ** 60 / 2 ** 30, 2 ** 100 / 2 ** 100, (2 ** 100 + 1) / 2 ** 100)
print(float(2 ** 1023) * 2 if False else float(2 ** 1023), 7 // 2.0, -7 // 2.0, 7 % -2.0, int(7 / 2))
