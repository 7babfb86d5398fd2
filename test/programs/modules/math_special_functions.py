# gamma, lgamma, erf, erfc and exp2 (3.11).
import math
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(1), math.erfc(1))
print(math.exp2(10), math.exp2(0.5), math.sqrt(math.pi) == math.gamma(0.5))
try:
    math.gamma(0)
except ValueError as e:
    print(e)
print(math.isqrt(99), math.comb(10, 3) == math.factorial(10) // (math.factorial(3) * math.factorial(7)))
