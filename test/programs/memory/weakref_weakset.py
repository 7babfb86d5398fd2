# WeakSet holds members weakly.
import weakref

class Listener:
    def __init__(self, n):
        self.n = n

listeners = weakref.WeakSet()
keep = [Listener(i) for i in range(4)]
for l in keep:
    listeners.add(l)
print(len(listeners))
del keep[1:3]
print(len(listeners), sorted(l.n for l in listeners))
keep.clear()
print(len(listeners))
