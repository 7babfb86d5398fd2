# Basic int arithmetic: + - * / // % ** and unary operators.
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** b, -a, +a, ~a)
print(2 ** 10, 2 ** 0, 0 ** 0)
print(7 / 7, type(7 / 7).__name__)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3)
print(10 - 3 - 2, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
