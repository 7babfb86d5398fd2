# weakref callbacks and dead references
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
def cb(ref):
    print("callback; ref dead:", ref() is None)
o = Obj("a")
r = weakref.ref(o, cb)
print(r() is o, r())
print(weakref.getweakrefcount(o))
r2 = weakref.ref(o)
print(weakref.getweakrefcount(o), r2 is weakref.ref(o))
del o
print(r(), r2())
wd = weakref.WeakValueDictionary()
x = Obj("x")
wd["key"] = x
print(list(wd.keys()), wd["key"])
del x
print(list(wd.keys()))
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
p = Obj("proxied")
pr = weakref.proxy(p)
print(pr.name)
del p
try:
    pr.name
except ReferenceError as e:
    print("ReferenceError:", e)
