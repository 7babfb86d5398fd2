# list and dict growth seen through getsizeof
import sys
l = []
sizes = []
for i in range(40):
    l.append(i)
    s = sys.getsizeof(l)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(l), s))
print(sizes)
d = {}
dsizes = []
for i in range(50):
    d[i] = i
    s = sys.getsizeof(d)
    if not dsizes or dsizes[-1][1] != s:
        dsizes.append((len(d), s))
print(dsizes)
s = set()
ssizes = []
for i in range(40):
    s.add(i)
    z = sys.getsizeof(s)
    if not ssizes or ssizes[-1][1] != z:
        ssizes.append((len(s), z))
print(ssizes)
print(sys.getsizeof([0] * 10), sys.getsizeof([0 for _ in range(10)]), sys.getsizeof(list(range(10))))
