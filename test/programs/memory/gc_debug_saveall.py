# With DEBUG_SAVEALL, unreachable objects go to gc.garbage instead of being freed.
import gc

class Node:
    pass

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a, b = Node(), Node()
a.peer, b.peer = b, a
del a, b
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
print(gc.get_debug() == gc.DEBUG_SAVEALL)
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
