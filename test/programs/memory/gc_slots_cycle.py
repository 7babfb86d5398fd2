# A cycle of two __slots__ instances: 2 objects.
import gc

class Slot:
    __slots__ = ("other",)

a = Slot()
b = Slot()
a.other = b
b.other = a
del a, b
print(gc.collect())
