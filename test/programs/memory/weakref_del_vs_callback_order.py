# When an object with __del__ dies, __del__ runs before weakref callbacks.
import weakref

class D:
    def __del__(self):
        print("__del__")

d = D()
r = weakref.ref(d, lambda ref: print("weakref callback, dead:", ref() is None))
del d
print("end")
