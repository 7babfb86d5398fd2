# getsizeof of instances, their dicts, slots instances, functions
import sys
class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2
p, s = Plain(), Slotted()
print(sys.getsizeof(p), sys.getsizeof(s), sys.getsizeof(p.__dict__))
class Empty:
    pass
print(sys.getsizeof(Empty()), sys.getsizeof(object()))
def f(): pass
print(sys.getsizeof(f), sys.getsizeof(lambda: 0))
g = (x for x in [])
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("")), sys.getsizeof(iter({})))
