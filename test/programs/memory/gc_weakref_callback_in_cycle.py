# A weakref callback fires when the collector frees a cycle.
import gc, weakref

class N:
    pass

def gone(ref):
    print("callback: referent gone", ref() is None)

a, b = N(), N()
a.p, b.p = b, a
r = weakref.ref(a, gone)
del a, b
print("before collect", r() is not None)
print(gc.collect())
print("after collect", r())
