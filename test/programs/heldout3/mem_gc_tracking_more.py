# which objects the GC tracks, and untracking of tuples and dicts
import gc
print(gc.is_tracked(()), gc.is_tracked((1, "a", 2.0)), gc.is_tracked(([],)), gc.is_tracked((1, (2, [])))))
t = tuple([1, 2, 3])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
d = {"a": 1}
print(gc.is_tracked(d), gc.is_tracked({"a": []}), gc.is_tracked({}), gc.is_tracked({1: (1, 2)}))
d["b"] = []
print(gc.is_tracked(d))
class C:
    pass
class S:
    __slots__ = ("a",)
print(gc.is_tracked(C()), gc.is_tracked(S()), gc.is_tracked(C.__dict__), gc.is_tracked(lambda: 1))
print(gc.is_tracked("str"), gc.is_tracked(1 << 100), gc.is_tracked(b"bytes"), gc.is_tracked(bytearray()))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(range(3)), gc.is_tracked(iter([])))
print(gc.is_tracked(slice(1, 2)), gc.is_tracked(1.5j), gc.is_tracked(None), gc.is_tracked(print))
