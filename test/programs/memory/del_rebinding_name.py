# Rebinding a name releases the old object immediately.
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

x = Loud(1)
print("rebinding")
x = Loud(2)
print("rebound")
x = None
print("set to None")
lst = [Loud(3)]
lst[0] = Loud(4)
print("replaced item")
lst.pop()
print("popped")
