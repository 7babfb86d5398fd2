# The assignment expression := in while loops, comprehensions and conditions.
data = [3, 8, 1, 9, 4]
it = iter(data)
while (item := next(it, None)) is not None:
    print("item", item)
print([y for x in data if (y := x * 2) > 6])
print(y)
if (n := len(data)) > 3:
    print("long list of", n)
values = [total := 0, (total := total + 5), (total := total * 2)]
print(values, total)
def f():
    [(last := c) for c in "abc"]
    return last
print(f())
