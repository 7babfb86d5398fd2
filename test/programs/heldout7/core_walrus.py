# Assignment expressions in conditions, comprehensions, and their scoping.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
values = iter(data)
while (v := next(values, None)) is not None:
    print("got", v, end=" ")
print()
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
total = 0
sums = [total := total + x for x in data]
print(sums, total)
print([(last := i) for i in range(3)], last)
def f():
    return [(inner := k) for k in "ab"], inner
print(f())
print((w := 10) + w)
res = any((hit := x) > 5 for x in data)
print(res, hit)
def g(a):
    if (b := a * 2) and (c := b + 1):
        return b, c
print(g(3), g(0))
