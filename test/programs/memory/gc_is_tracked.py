# Which objects the collector tracks.
import gc

class C:
    pass

class S:
    __slots__ = ()

for obj in (1, 1.5, "s", b"b", None, (), (1, 2), ([],), [], [1], {}, {"a": 1}, {"a": []}, set(), frozenset(), C(), S(), lambda: 0, range(3), object()):
    print(type(obj).__name__, repr(obj)[:12] if not callable(obj) else "<fn>", gc.is_tracked(obj))
