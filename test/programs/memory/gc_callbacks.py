# gc.callbacks are called with phase "start"/"stop" and an info dict.
import gc
log = []

def cb(phase, info):
    log.append((phase, dict(info)))

gc.collect()
gc.callbacks.append(cb)
a = []
a.append(a)
del a
n = gc.collect()
gc.callbacks.remove(cb)
print(n)
for phase, info in log:
    print(phase, info)
