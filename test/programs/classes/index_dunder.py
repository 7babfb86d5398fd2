# __index__ lets objects be used as sequence indexes and in bin/hex/range.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

i = Idx(2)
print("abcdef"[i], [10, 20, 30][Idx(-1)], "abcdef"[Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), list(range(Idx(3))), [0] * Idx(2))
print(int(Idx(7)), Idx(9).__index__())
class NoIndex:
    pass
try:
    [1, 2][NoIndex()]
except TypeError as e:
    print(e)
