# Counter: counting, most_common, arithmetic, elements, update/subtract.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"])
print(c.most_common(2), c.most_common()[-1])
d = Counter(a=1, b=5, e=2)
print(c + d, c - d, c & d, c | d)
print(sorted(Counter(a=2, b=1).elements()), c.total())
c.update("aaa")
c.subtract({"b": 10})
print(c)
print(+c, -Counter(x=-2, y=1))
print(Counter(["x", "y", "x"]) == Counter({"x": 2, "y": 1}))
