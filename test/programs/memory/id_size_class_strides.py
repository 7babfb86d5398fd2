# Objects allocated back to back land in consecutive blocks of their size class:
# instances 64 bytes apart, floats 32, 3-tuples 64, one-item lists 64.
from collections import Counter

class C:
    pass

def stride(objs):
    ids = [id(o) for o in objs]
    diffs = [b - a for a, b in zip(ids, ids[1:])][-200:]
    value, count = Counter(diffs).most_common(1)[0]
    return value, count >= 190

print("instances", stride([C() for _ in range(3000)]))
print("floats", stride([float(i) + 0.5 for i in range(3000)]))
print("3-tuples", stride([(i, i, i) for i in range(3000)]))
print("1-item lists", stride([[i] for i in range(3000)]))
print("objects", stride([object() for _ in range(3000)]))
print("5-char strs", stride([str(10000 + i) for i in range(3000)]))
print("big ints", stride([10 ** 20 + i for i in range(3000)]))
