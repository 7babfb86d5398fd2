# division and modulo sign rules
for a in (7, -7, 0, 13):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5), (-0.0, 1), (1e300, 1e-300)]:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "/"):
        try:
            r = a // b if op == "//" else a % b if op == "%" else a / b
            print(r)
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, "ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
print(5 % -0.5, -5 % 3.5, 10 % 3.3, -1 % 1e-20)
