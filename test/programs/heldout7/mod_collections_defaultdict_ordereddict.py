# defaultdict factories and __missing__, OrderedDict move_to_end/popitem(last)/equality, ChainMap basics.
from collections import defaultdict, OrderedDict, ChainMap
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["new"], len(dd), dd.default_factory)
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, counts.get("z"), "z" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
nofac = defaultdict()
try:
    nofac["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
print(repr(defaultdict(int, {"a": 1})), defaultdict(list).copy().default_factory is list)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1}, o1)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(OrderedDict(), list(reversed(o1)), o1 | {"z": 3})
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents["a"])
