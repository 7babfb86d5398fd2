# finalization of generators and context managers
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def gen():
    r = Res("gen-local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
del g
print("after del g")
class CM:
    def __enter__(self):
        return Res("entered")
    def __exit__(self, *a):
        print("exit")
with CM() as r:
    print("body", r.name)
print("after with")
del r
print("end")
