# Truth values, and/or returning operands, not, __bool__ and __len__ protocols and their errors.
vals = [0, 1, -1, 0.0, 0j, "", " ", [], [0], (), {}, set(), None, range(0), range(1), b"", bytearray(1)]
print([bool(v) for v in vals])
print(0 or "default", "x" or "y", [] and 5, 3 and 4, None or 0 or "" or "last")
print(not 0, not "a", not not [])
class B:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("bool called")
        return self.b
class L:
    def __len__(self):
        print("len called")
        return 0
print(bool(B(True)), bool(L()))
print(B(False) or "fallback")
x = L() and "unreached"
print(type(x).__name__)
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print(e)
if B(False):
    print("no")
elif L():
    print("no")
else:
    print("else branch")
print(all([]), any([]), all([1, 0]), any([0, 2]))
