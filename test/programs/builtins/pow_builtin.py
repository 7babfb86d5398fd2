# pow with two and three arguments, negative exponents with a modulus.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1/3))
print(pow(3, 4, 5), pow(7, 0, 1), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(38, -1, 97), (pow(38, -1, 97) * 38) % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(pow(0, 0), pow(0.0, 0), pow(-2, 2, 5))
