# gc module basics: enabled state, thresholds, a simple collection.
import gc
print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.collect(), gc.collect())
print(type(gc.get_count()).__name__, len(gc.get_count()), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
