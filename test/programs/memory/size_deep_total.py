# A recursive size calculator over containers (each object counted once).
import sys

def deep_size(obj, seen=None):
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_size(i, seen) for i in obj)
    return size

data = {"name": "widget", "tags": ["a", "b"], "dims": (1000, 2000), "ratio": 0.5}
print(deep_size(data))
shared = [1000] * 3
print(deep_size(shared), deep_size([1000, 1001, 1002]))
