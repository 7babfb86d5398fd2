# free lists: ids of tuples, lists, floats, dicts reused
t = (1, 2, object())
tid = id(t)
del t
t2 = (3, 4, object())
print(id(t2) == tid)
l = [1]
lid = id(l)
del l
l2 = [2]
print(id(l2) == lid)
f = 1.25 * 3
fid = id(f)
del f
g = 2.5 * 3
print(id(g) == fid)
d = {"a": 1}
did = id(d)
del d
d2 = {"b": 2}
print(id(d2) == did)
