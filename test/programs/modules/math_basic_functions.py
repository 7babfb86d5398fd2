# math module functions with exact float output.
import math
print(math.sqrt(2), math.sqrt(16), math.cbrt(27))
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))
print(math.degrees(math.pi), math.radians(180), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.pow(2, 0.5), math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3))
