# A list containing itself and a dict containing itself: 1 object each.
import gc
gc.collect()
l = []
l.append(l)
del l
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
t = ([],)
t[0].append(t)
del t
print(gc.collect())
