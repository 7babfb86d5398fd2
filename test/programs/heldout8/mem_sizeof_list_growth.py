# sys.getsizeof of a list as it grows by append (over-allocation steps) and shrinks by pop, plus literals.
import sys
l = []
prev = sys.getsizeof(l)
print("empty:", prev)
steps = []
for i in range(70):
    l.append(i)
    s = sys.getsizeof(l)
    if s != prev:
        steps.append((len(l), s))
        prev = s
print("append steps:", steps)
shrink = []
while l:
    l.pop()
    s = sys.getsizeof(l)
    if s != prev:
        shrink.append((len(l), s))
        prev = s
print("pop steps:", shrink)
print("literals:", [sys.getsizeof(x) for x in ([], [1], [1, 2], [1, 2, 3], [None] * 10, list(range(10)))])
print("list(range):", [sys.getsizeof(list(range(n))) for n in (0, 1, 5, 9, 17, 100)])
print("comprehension:", [sys.getsizeof([i for i in range(n)]) for n in (0, 1, 5, 9, 17, 100)])
e = [0] * 20
e.extend(range(5))
print("extend:", sys.getsizeof(e))
e.clear()
print("after clear:", sys.getsizeof(e))
c = list(range(100))
del c[10:]
print("after del slice:", sys.getsizeof(c))
i = [1, 2]
i *= 50
print("after *=:", sys.getsizeof(i), sys.getsizeof(i[:]), sys.getsizeof(i.copy()))
ins = []
for k in range(20):
    ins.insert(0, k)
print("insert growth:", sys.getsizeof(ins), "sorted copy:", sys.getsizeof(sorted(ins)))
