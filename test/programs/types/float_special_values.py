# inf and nan behaviour in comparisons and arithmetic.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, 1 / inf, inf > 10 ** 300)
print(nan == nan, nan != nan, nan is nan, nan < 1, nan > 1, [nan] == [nan])
x = nan
print(x == x, [x] == [x], x in [x], {x: 1}.get(x))
print(max(1, nan), max(nan, 1), min(nan, 1))
print(float("-0.0"), 0.0 == -0.0, repr(-0.0), str(0.0 * -1))
