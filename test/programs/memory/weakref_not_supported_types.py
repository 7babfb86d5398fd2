# Some built-in types cannot be weakly referenced.
import weakref

class Ok:
    pass

class NoWeak:
    __slots__ = ("x",)

class WithWeak:
    __slots__ = ("x", "__weakref__")

for obj in (Ok(), WithWeak(), len, lambda: 0, {1}, frozenset(), Ok):
    print(type(obj).__name__, weakref.ref(obj)() is obj)
for obj in ([], {}, (), 1, "s", None, NoWeak(), object()):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)
