# __del__ and weakref callbacks as objects die by refcount and by the collector
import gc, weakref
gc.collect()
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def callback(ref):
    print("weakref callback fired")
r1 = R("plain")
w1 = weakref.ref(r1, callback)
del r1
print("---")
r2 = R("cyclic")
r2.me = r2
w2 = weakref.ref(r2, callback)
del r2
print("before collect")
print("collect returned", gc.collect())
print("---")
container = [R("in list 1"), R("in list 2")]
container.append(container)
del container
print("before second collect")
gc.collect()
print("---")
def local_scope():
    obj = R("local")
    return weakref.ref(obj)
w = local_scope()
print(w())
