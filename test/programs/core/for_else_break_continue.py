# for/else with break and continue.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
for ch in "":
    print("never")
else:
    print("else after empty loop")
