# gc.get_referents of containers and instances, gc.is_finalized, and gc.collect(generation) argument checks.
import gc
a, b = object(), object()
lst = [a, b, a]
print("list referents:", [x is a for x in gc.get_referents(lst)], len(gc.get_referents(lst)))
t = (a, "s", 5)
print("tuple referents count:", len(gc.get_referents(t)))
d = {"k": a}
refs = gc.get_referents(d)
print("dict referents:", len(refs), "k" in refs, any(r is a for r in refs))
print("int has none:", gc.get_referents(42), "str has none:", gc.get_referents("abc"))
class P:
    def __init__(self):
        self.x = a
p = P()
r = gc.get_referents(p)
print("instance referents include its class:", any(x is P for x in r))
print("multiple args:", len(gc.get_referents([1], [2, 3])))
class F:
    def __del__(self):
        pass
f1, f2 = F(), F()
f1.o, f2.o = f2, f1
print("is_finalized before:", gc.is_finalized(f1))
fin_ref = []
class Keep:
    def __del__(self):
        fin_ref.append(self)
k = Keep()
k.me = k
del k
gc.collect()
print("resurrected object is finalized:", gc.is_finalized(fin_ref[0]))
del f1, f2
print("cycle with finalizers:", gc.collect())
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(e)
print(gc.collect(2) >= 0, gc.collect(generation=1) >= 0)
