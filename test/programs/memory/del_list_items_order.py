# Deallocating a list releases items last to first.
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

items = [Loud(1), Loud(2), Loud(3)]
print("deleting list")
del items
print("tuple:")
t = (Loud("a"), Loud("b"), Loud("c"))
t = None
print("end")
