# defaultdict with list, int, set and a lambda factory.
from collections import defaultdict
groups = defaultdict(list)
for name, team in [("a", "red"), ("b", "blue"), ("c", "red")]:
    groups[team].append(name)
print(groups, dict(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], "z" in nested, nested.get("q"), len(nested))
dd = defaultdict(None, a=1)
try:
    dd["missing"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(set).default_factory)
