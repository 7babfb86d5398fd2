# list methods
l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); print(l)
l.extend([3, 5]); print(l)
l.extend(range(2)); print(l)
l.insert(0, 0); l.insert(100, 99); l.insert(-1, -1); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(5), l.index(5, 5), l.count(5), l.count(42))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy(); c.clear(); print(c, len(l))
try:
    l.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [])
m = [1, 2, 3]
m += (4, 5)
m *= 2
print(m, len(m), m[::-2])
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3, 0, -1)))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
n = [5, 3, 8]
print(sorted(n), n, n.sort(), n)
