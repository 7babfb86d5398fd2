# collections.Counter: counting, most_common ordering ties, arithmetic, update/subtract, total, elements.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common()[-1], len(c), c.total())
c.update("aaz")
c.update({"q": 3})
c.subtract({"a": 10, "b": 1})
print(c)
print(sorted(c.elements()), +c, -c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a | b, a & b, b - a)
print(Counter(cats=4, dogs=8), Counter({"x": 2}) == Counter(x=2), Counter(x=0) == Counter(), Counter("aab") < Counter("aaabb"))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
d = Counter()
d["new"] += 1
del d["missing"]
print(d, d.get("nope"), "new" in d)
e = Counter(a=2, b=-1)
e += Counter()
print(e, dict(Counter("hello")), Counter("hello").keys())
print(Counter([1, 1, 2]) | Counter([2, 2, 3]), repr(Counter()), Counter(a=1).most_common(0))
print(sum(Counter("aabbb").values()), Counter("mississippi").most_common())
