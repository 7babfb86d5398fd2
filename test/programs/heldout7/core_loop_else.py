# for/while with else, break and continue, nested loops.
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never")
print("n", n)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        print(i, j, end="; ")
    else:
        print("inner else", i, end="; ")
print()
primes = []
for num in range(2, 30):
    for d in range(2, num):
        if num % d == 0:
            break
    else:
        primes.append(num)
print(primes)
def gen():
    for i in range(5):
        try:
            if i == 2:
                continue
            if i == 4:
                return "ret"
            yield i
        finally:
            print("fin", i)
print(list(gen()))
