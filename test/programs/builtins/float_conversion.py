# float(): strings, special values, and errors.
print(float("3.14"), float("  -2.5e3 "), float("1e-3"), float(7), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(".5"), float("5."), float(True), float("0x10" if False else "16"))
for bad in ("abc", "", "1,5", "1e", "--1"):
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    float([1])
except TypeError as e:
    print(e)
