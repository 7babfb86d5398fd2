# math.inf, math.nan, isinf, isnan, isfinite, isclose.
import math
print(math.inf, -math.inf, math.nan, math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.001, rel_tol=1e-2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.inf > 10 ** 1000, math.inf - math.inf, math.nan == math.nan)
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
