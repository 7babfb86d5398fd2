# pow and operators with mixed types
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(10, 100, 7), pow(5, -1, 13), pow(-1, -1, 5), pow(2, 0, 1))
for args in [(2, -1, 4), (2, 2, 0), (2.0, 2, 3), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** (1/3))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 10 ** 0)
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(3+4j))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, -2))
print(max(1, 2.5, True), min(-1, -1.0), sum([0.1] * 10), sum([1, 2], 10))
print(1 + True, 1.5 + True, 3 * False, True / 2, 10 // True)
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e16 + 1, 2 ** 53 + 1.0)
