# __del__ running once; gc.garbage empty; finalizers and weakref callback order
import gc, weakref
gc.collect()
saved = []
class Phoenix:
    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)
p = Phoenix()
del p
print(len(saved))
saved.clear()
print("cleared")
class Item:
    def __del__(self):
        print("Item.__del__")
i = Item()
r = weakref.ref(i, lambda ref: print("weakref callback"))
del i
print(gc.garbage)
