# Plain instances are 56 bytes; __slots__ instances are smaller; object() is 16.
import sys

class Plain:
    pass

class TwoAttrs:
    def __init__(self):
        self.a = 1
        self.b = 2

class Slots2:
    __slots__ = ("a", "b")

class Slots0:
    __slots__ = ()

print(sys.getsizeof(Plain()), sys.getsizeof(TwoAttrs()), sys.getsizeof(Slots2()), sys.getsizeof(Slots0()), sys.getsizeof(object()))
t = TwoAttrs()
for i in range(20):
    setattr(t, f"x{i}", i)
print(sys.getsizeof(t))
