# getweakrefcount and getweakrefs.
import weakref

class O:
    pass

o = O()
print(weakref.getweakrefcount(o))
r1 = weakref.ref(o)
r2 = weakref.ref(o, lambda r: None)
p = weakref.proxy(o)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
del r2
print(weakref.getweakrefcount(o))
print(weakref.getweakrefcount(42))
