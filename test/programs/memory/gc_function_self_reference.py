# A function referencing itself through its __dict__: function + dict = 2.
import gc
gc.collect()

def f():
    pass

f.me = f
del f
print(gc.collect())
def g():
    return g
del g
print(gc.collect())
