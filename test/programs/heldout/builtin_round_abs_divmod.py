# round, abs, divmod edge cases
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1e16 + 1, 7.0]:
    print(v, round(v), round(v, 1), round(v, -1), type(round(v)).__name__, type(round(v, 0)).__name__)
for n in [5, 15, 25, -15, 1234567, 10 ** 20 + 5]:
    print(n, round(n, -1), round(n, -2), round(n, 2), round(n, -30))
print(abs(-0), abs(-10 ** 30), abs(-1.5e-300), abs(complex(-3, 4)), abs(False))
print(divmod(10, 3), divmod(-10, 3), divmod(10, -3), divmod(10.5, 3), divmod(-10.5, 3), divmod(2 ** 70, 7))
print(round(True), round(3), round(3, None), round(-0.0), round(0.0, 2))
class R:
    def __round__(self, n=None):
        return f"rounded {n}"
    def __abs__(self):
        return "absolute"
print(round(R()), round(R(), 3), abs(R()))
try:
    round("1")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
