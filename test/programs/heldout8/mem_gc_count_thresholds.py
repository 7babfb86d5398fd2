# gc.get_threshold/set_threshold and gc.get_count deltas after a collection as container objects are created.
import gc
print("thresholds:", gc.get_threshold())
gc.disable()
gc.collect()
c0 = gc.get_count()
print("after collect:", c0)
keep = [[] for _ in range(10)]
c1 = gc.get_count()
print("gen0 delta after 11 lists:", c1[0] - c0[0])
ints = [i * 1000 for i in range(10)]
c2 = gc.get_count()
print("ints are not tracked, delta:", c2[0] - c1[0])
t = tuple(keep)
d = {"a": []}
c3 = gc.get_count()
print("tuple + dict + list delta:", c3[0] - c2[0])
del keep, t
c4 = gc.get_count()
print("deallocation decrements:", c4[0] - c3[0])
gc.collect(0)
print("after gen0 collect:", gc.get_count()[0], gc.get_count()[1] >= 1)
gc.collect()
print("after full collect:", gc.get_count())
gc.set_threshold(500, 20, 5)
print("new thresholds:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(object()))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
gc.enable()
