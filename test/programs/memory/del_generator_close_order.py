# Closing a generator frees its locals.
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def gen():
    a = Loud("local a")
    yield 1
    b = Loud("local b")
    yield 2

g = gen()
next(g)
next(g)
print("closing")
g.close()
print("closed")
