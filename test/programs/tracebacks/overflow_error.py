# Float overflow in math and in exponentiation.
import math
print(math.exp(10))
print(2.0 ** 10)
print(10.0 ** 400)
