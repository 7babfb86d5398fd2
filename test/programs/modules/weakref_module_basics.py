# weakref basics: a weak reference dies with its referent.
import weakref
class Thing:
    pass
t = Thing()
r = weakref.ref(t)
print(r() is t, weakref.getweakrefcount(t))
del t
print(r(), weakref.getweakrefcount(r) if False else "dead")
try:
    weakref.ref([])
except TypeError as e:
    print(e)
