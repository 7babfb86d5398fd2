# Generators keep their frame's locals alive while suspended; closing or exhausting releases them.
import sys
class R:
    pass
res = R()
base = sys.getrefcount(res)
def gen(x):
    y = x
    yield 1
    yield 2
g = gen(res)
print("created, not started:", sys.getrefcount(res) - base)
next(g)
print("suspended (x and y):", sys.getrefcount(res) - base)
next(g)
print("still suspended:", sys.getrefcount(res) - base)
for _ in g:
    pass
print("exhausted:", sys.getrefcount(res) - base)
g = gen(res)
next(g)
g.close()
print("closed:", sys.getrefcount(res) - base)
g = gen(res)
del g
print("deleted unstarted:", sys.getrefcount(res) - base)
def holder():
    items = [res, res]
    while True:
        got = yield len(items)
        if got is None:
            return
        items.append(got)
h = holder()
next(h)
print("list in generator frame:", sys.getrefcount(res) - base)
h.send(res)
print("after send:", sys.getrefcount(res) - base)
try:
    h.send(None)
except StopIteration:
    pass
print("after return:", sys.getrefcount(res) - base)
gb = sys.getrefcount(gen)
gs = [gen(res) for _ in range(3)]
print("function refcount delta with 3 generators:", sys.getrefcount(gen) - gb, "arg delta:", sys.getrefcount(res) - base)
del gs
print("freed:", sys.getrefcount(res) - base)
