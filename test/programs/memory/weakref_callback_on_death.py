# A weakref callback runs as soon as the referent is freed by reference counting.
import weakref

class Thing:
    def __init__(self, name):
        self.name = name

def on_death(ref):
    print("callback:", ref() is None)

t = Thing("t")
r = weakref.ref(t, on_death)
print(r() is t, r().name)
print("deleting")
del t
print("deleted", r())
