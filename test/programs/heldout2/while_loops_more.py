# while loops with break/continue/else and nested control flow
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps:", steps)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("loop finished normally")
found = None
candidates = iter([4, 6, 9, 10, 15])
while True:
    try:
        c = next(candidates)
    except StopIteration:
        break
    if c % 2 and c % 3 == 0:
        found = c
        break
print("found", found)
x = 0
while x < 3:
    x += 1
else:
    print("else after", x)
while False:
    pass
else:
    print("else of a loop that never ran")
a, b = 0, 1
fibs = []
while len(fibs) < 10:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        flat.append(item)
print(flat)
