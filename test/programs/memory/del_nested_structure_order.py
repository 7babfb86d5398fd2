# Freeing a nested structure: the outer object's __del__ runs first, then its contents.
class Loud:
    def __init__(self, n, child=None):
        self.n = n
        self.child = child
    def __del__(self):
        print("del", self.n)

root = Loud("root", Loud("child", Loud("grandchild")))
del root
print("end")
