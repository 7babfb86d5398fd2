# disable/enable/isenabled; gc.collect() still works while disabled.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
l = []
l.append(l)
del l
print(gc.collect())
gc.enable()
print(gc.isenabled())
