# collections module in typical usage
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c.most_common(3), c["the"], c["dog"], len(c), sorted(c))
c2 = Counter({"a": 3, "b": 1})
c2.update({"a": 1, "c": 2})
print(c2, c2.total() if hasattr(c2, "total") else sum(c2.values()), list(c2.elements()))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups), groups.default_factory is list)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print({k: dict(v) for k, v in nested.items()})
q = deque(maxlen=3)
for i in range(5):
    q.append(i)
print(q, list(q), q.maxlen)
q.appendleft(-1)
print(q, q.popleft(), q)
d = deque([1, 2, 3])
d.extendleft([0, -1])
d.rotate(-2)
print(d, d.index(3), d.count(1), len(d), d[1])
P = namedtuple("P", ["x", "y"], defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._fields, p._asdict(), P._field_defaults, p == (1, 0))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(od, list(od.keys()), od.popitem(), od)
