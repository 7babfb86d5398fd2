# Allocating more than 700 tracked containers triggers a generation-0 collection.
import gc
events = []

def cb(phase, info):
    if phase == "stop":
        events.append((info["generation"], len(keep)))

gc.collect()
keep = []
gc.callbacks.append(cb)
for i in range(2000):
    keep.append([])
gc.callbacks.remove(cb)
print(events[:3])
print(len(events), all(g == 0 for g, _ in events))
