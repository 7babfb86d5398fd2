# math module: constants, rounding functions, integer functions, trig, logs, and error messages.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2), type(math.floor(2.0)).__name__, math.ceil(10**20 + 0.5))
print(math.sqrt(2), math.isqrt(10**20 + 1), math.isqrt(99), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log10(1000))
print(math.log2(1024), math.log(math.e), math.log1p(1e-10), math.expm1(1e-10), math.log(2**1000))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.factorial(25), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.comb(5, 7), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.sin(0), math.cos(math.pi), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fabs(-3), math.fmod(-7, 3), -7 % 3)
print(math.copysign(2, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.75), math.remainder(7, 4), math.fsum([1e100, 1, -1e100]))
print(math.isclose(1.0, 1.0 + 1e-10), math.nextafter(1.0, 2.0), math.ulp(1.0), math.asin(1), math.acos(0.5), math.cosh(0), math.erf(0))
print(math.gamma(5), math.lgamma(10), math.sumprod if hasattr(math, "sumprod") else "no sumprod", math.cbrt(27.0), math.exp2(10))
for expr in ["math.sqrt(-1)", "math.log(-1)", "math.factorial(-1)", "math.factorial(2.5)", "math.comb(-1, 2)", "math.isqrt(-4)",
             "math.acos(2)", "math.log(1, 1)", "math.pow(0, -1)", "math.fmod(1, 0)", "math.gcd(1.5)", "math.floor('x')", "math.exp(1e5)"]:
    try:
        print(expr, eval(expr))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
