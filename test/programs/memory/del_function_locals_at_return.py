# Locals are released when the function returns, in variable order.
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def work():
    first = Loud("first")
    second = Loud("second")
    third = Loud("third")
    print("returning")
    return second

kept = work()
print("returned", kept.n)
del kept
print("end")
