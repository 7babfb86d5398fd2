# frames keep locals alive until return
import sys
class Tracked:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def f():
    t = Tracked(1)
    u = Tracked(2)
    print("in f", sys.getrefcount(t))
    return u
kept = f()
print("returned", kept.n)
del kept
def g():
    for i in range(3):
        t = Tracked(10 + i)
    print("end of loop")
g()
print("done")
