# divmod, abs, round with ndigits (banker's rounding), for int, float, negative values, and __round__.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (1, 0.3), (10**20, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(abs(-5), abs(-5.5), abs(3 + 4j), abs(-0.0), abs(True), abs(-10**30))
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675)])
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2), round(-0.5, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)), round(0.1 + 0.2, 15))
print(round(float("inf"), 2), round(1e300, 2), round(1.23456789e-5, 7))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
print(divmod(-0.0, 1), divmod(5, -0.5), 5.0 % -3, -5.0 % 3, 0.0 % -1)
