# operator precedence and unary operators
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(not True == False, not (True == False), 1 + 2 == 3 and 4 > 3, 1 < 2 == 2)
print(~5, -~5, ~-5, +-5, -+5, - - 5, not not 0)
print(7 // 2 * 2, 7 % 3 ** 2, -7 // 2, -(7 // 2), 10 - 2 - 3, 2 ** 2 ** 3 // 10)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1, 8 >> 1 >> 1)
print(True + True * 2, 3 * True - False, [1] * 2 + [3], "a" + "b" * 2)
print(1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)(), 0 and 1 or 2, None or 0 or "")
x = 5
print(0 < x <= 5 < 6, x in [5] == True, (x in [5]) == True, x is not None is not False)
print(-x ** 2, (-x) ** 2, x ** -1, -x // 2, -x % 3)
print(1e3 * -1, -1e-3, --1.5, -(-0.0), 0.0 == -0.0)
print(not [], not [0], not "", -True, ~True, ~False, +True)
a, b = 3, 4
print(a < b, a <= b, a > b, a >= b, a == b, a != b, (a < b) + (a > b))
print([1, 2] * 2 == [1, 2, 1, 2], (1,) + (2,) * 2, "-" * 3 + ">")
