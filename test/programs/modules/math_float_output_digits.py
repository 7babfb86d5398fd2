# Last-digit behaviour of common float computations.
import math
print(math.sqrt(0.01), math.sqrt(1e-300), math.sqrt(2) ** 2, math.exp(math.log(10)))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 2))
print(math.log(1000, 10), math.log10(1000), math.log(2 ** 100, 2), math.log(10 ** 400))
print(math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.hypot(1e200, 1e200))
