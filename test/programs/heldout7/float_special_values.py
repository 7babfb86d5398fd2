# inf and nan arithmetic, comparisons, signed zero, and math.isclose/copysign on them.
import math
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, -inf < -1e308, inf > 10**400)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(math.copysign(1, -0.0), math.copysign(3, nan), -0.0 == 0.0, str(-0.0), 0.0 * -1, abs(-0.0))
print(min(nan, 1), min(1, nan), max(nan, 1), max(1, nan), sorted([3, nan, 1]))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.0) == hash(1), hash(0.5))
print(inf // 1, inf % 1 if False else "skip", 5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(1e308 + 1e308, -1e308 - 1e308, 1e-323 / 10, 2 ** 1023 * 2.0 if False else 2.0 ** 1023)
try:
    2.0 ** 1024
except OverflowError as e:
    print(e)
print(float("-nan"), repr(float("nan")), int(-0.0), round(-0.4), round(-0.0, 1), -0.0 + 0.0)
