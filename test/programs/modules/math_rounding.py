# floor, ceil, trunc and their int results; modf, frexp, ldexp.
import math
for x in (2.5, -2.5, 2.0, -0.1, 1e20):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(7), math.ceil(-7), math.nextafter(1.0, 2.0), math.ulp(1.0))
