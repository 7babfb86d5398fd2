# Dict with str keys: size at every insertion step (table grows on the 6th, 11th, 22nd insert).
import sys
d = {}
print(0, sys.getsizeof(d))
last = None
for i in range(1, 45):
    d["k%d" % i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(i, size)
        last = size
