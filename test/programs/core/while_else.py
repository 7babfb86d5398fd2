# while/else: else runs only if the loop was not broken.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("loop finished normally")

def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")

find([1, 2, 3], 2)
find([1, 2, 3], 5)
