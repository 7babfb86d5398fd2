# fsum vs sum, prod, dist, hypot.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4], start=3), math.prod(range(1, 21)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.hypot(-5))
print(math.pi, math.e, math.tau)
