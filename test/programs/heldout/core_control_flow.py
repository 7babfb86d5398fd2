# loops, break/continue/else, conditional expressions
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not printed")
for i in []:
    pass
else:
    print("empty for else")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            break
    else:
        return -1
    return i
print(find("abc", "c"), find("abc", "z"))
for x in (5, -5, 0):
    print("pos" if x > 0 else "neg" if x < 0 else "zero")
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i >= 5:
        break
    print("i", i)
for a in range(3):
    for b in range(3):
        if b == 2:
            break
        if a == b:
            continue
        print(a, b)
if not []:
    print("empty")
elif True:
    print("no")
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 < x < 3 or x)
pass
print(*(i for i in range(3)))
