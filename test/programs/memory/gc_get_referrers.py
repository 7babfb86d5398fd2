# gc.get_referrers finds the tracked containers that refer to an object.
import gc
target = ["target"]
holder_list = [target]
holder_dict = {"t": target}
holder_tuple = (target, 1)

def names(objs):
    return sorted(type(o).__name__ for o in objs)

refs = gc.get_referrers(target)
print(names(refs))
print(any(r is holder_list for r in refs), any(r is holder_dict for r in refs), any(r is holder_tuple for r in refs))
print(any(r is globals() for r in refs))
