# ints -5..256 are cached singletons; others built at run time are new objects.
def make(s):
    return int(s)

for n in (-6, -5, 0, 1, 100, 255, 256, 257, 1000):
    print(n, make(str(n)) is make(str(n)))
a = 256
b = int("256")
print(a is b)
c = 257
d = int("257")
print(c is d, c == d)
