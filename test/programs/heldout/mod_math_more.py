# math module
import math
print(math.sqrt(16), math.sqrt(2), math.pi, math.e, math.tau, math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.5)).__name__)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(99), math.isqrt(10 ** 20), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(1))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.copysign(1, -0.0), math.fabs(-3))
print(math.isclose(0.1 + 0.2, 0.3), math.isinf(1e400), math.isnan(float("nan")), math.isfinite(1.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.pow(2, 10), 2 ** 10)
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1), (math.factorial, 2.5), (math.exp, 1000)]:
    try:
        f(arg)
    except (ValueError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__ + ":", e)
print(math.floor(1e20), math.ceil(10 ** 30 / 7) > 0, math.sqrt(10 ** 30))
