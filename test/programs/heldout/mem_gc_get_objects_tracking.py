# gc.is_tracked for various objects
import gc
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(set()), gc.is_tracked(object()))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0), gc.is_tracked(1.5))
print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
