# round: banker's rounding, ndigits, negative ndigits, float surprises.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.7), type(round(3.7)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(1234.5678, -2), round(5, 2), round(7, -1), round(15, -1), round(25, -1))
print(round(float("inf")) if False else "skip", round(1e300, -300))
try:
    round(float("nan"))
except ValueError as e:
    print(e)
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
