# assignment expressions
data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
print([y for x in data if (y := x * 2) > 10])
print(y)
chunks = iter(["ab", "cd", "", "ef"])
while (c := next(chunks)):
    print(c)
vals = [(z := i) for i in range(3)]
print(vals, z)
def f():
    if any((hit := v) > 10 for v in data):
        return hit
print(f())
print((a := 3) + a, a)
total = 0
print([total := total + v for v in [1, 2, 3]], total)
