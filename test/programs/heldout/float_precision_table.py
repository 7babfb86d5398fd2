# float arithmetic results and their reprs
ops = [(0.1, 0.7), (1.1, 2.2), (3.3, 1.1), (1e-10, 1e10), (2.0 / 3, 3.0), (123.456, 0.001), (1 / 3, 1 / 7)]
for a, b in ops:
    print(a + b, a - b, a * b, a / b, a ** 2, a % b)
print(sum([1 / n for n in range(1, 20)]), 1 - 1e-16, 1 + 2.220446049250313e-16)
print(0.1 + 0.2 - 0.3, 9007199254740993.0, 4.35 * 100, 1.15 * 100, 2.675 * 100)
acc = 0.0
for _ in range(10):
    acc += 0.1
print(acc, acc == 1.0, round(acc, 10) == 1.0)
print(1e15 + 0.3, 1e16 + 3.0, 3.0 * 1e-5, 1 / 1024, 2 ** -20, 10 ** -20 * 1.0)
print([x / 10 for x in range(11)], [round(x * 0.1, 1) for x in range(5)])
print(float("1" * 30), 1.0 * 10 ** 22, 1.0 * 10 ** 23, 123e-320)
