# PEP 442: a finalizer runs at most once per object.
import gc
keep = []

class Once:
    def __del__(self):
        print("__del__ called")
        keep.append(self)

o = Once()
del o
print(len(keep))
keep.clear()
print(len(keep))
gc.collect()
print("end")
