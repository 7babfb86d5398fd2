# math module edge cases
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.7), math.floor(10 ** 20 + 0.0), round(math.pi, 5))
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2), math.hypot(5, 12), math.sqrt(0.0), math.sqrt(1e-300))
print(math.log(1), math.log(100, 10), math.log10(1000), math.log2(8), math.log(math.e ** 2), math.log1p(0))
print(math.exp(0), math.exp(1), math.expm1(0), math.pow(2, -1), math.pow(-8, 1 / 3) if False else 0)
print(math.factorial(0), math.factorial(15), math.comb(5, 0), math.comb(50, 25), math.perm(5), math.gcd(0, 0))
print(math.fabs(-2), math.copysign(3, -0.0), math.fmod(7, -3), 7 % -3, math.remainder(7, 3), math.modf(-2.5))
print(math.degrees(math.pi / 2), math.radians(90), math.sin(math.pi), math.cos(math.pi), math.tan(0))
print(math.atan(1) * 4, math.asin(1), math.acos(1), math.atan2(-1, -1), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.inf > 10 ** 1000, -math.inf)
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.lcm(), math.lcm(6, 10, 15))
print(math.fsum([1e100, 1, -1e100]), sum([1e100, 1, -1e100]), math.prod(range(1, 11)), math.prod([2.5, 4]))
print(math.frexp(0), math.frexp(-10), math.ldexp(1, -1074), math.nextafter(1, 2) - 1, math.ulp(1.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1), lambda: math.isqrt(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
