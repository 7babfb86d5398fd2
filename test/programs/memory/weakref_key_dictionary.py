# WeakKeyDictionary entries vanish when their keys die.
import weakref

class Widget:
    pass

meta = weakref.WeakKeyDictionary()
w1, w2 = Widget(), Widget()
meta[w1] = "first"
meta[w2] = "second"
print(len(meta), meta[w1])
del w1
print(len(meta), list(meta.values()))
