# NotImplemented, __bool__/__len__ truthiness, __index__, __hash__ inherited
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for sh in [Sq(3), Shape()]:
    try:
        print(sh.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
class Empty:
    def __len__(self): return 0
class Truthy:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Empty()), bool(Truthy()), not Empty(), "yes" if Truthy() else "no")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], range(10)[Idx(2):Idx(5)], hex(Idx(255)), [0] * Idx(3))
print(bin(Idx(3)), oct(Idx(8)), (5).__index__(), operator_index := None)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__ is None)
class EqChild(EqOnly):
    __hash__ = object.__hash__
print(EqChild.__hash__ is object.__hash__, isinstance(hash(EqChild()), int))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, bool(Ellipsis), ...)
