# Objects still referenced by module globals are finalised at interpreter exit.
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del at exit", self.n)

a = Loud("a")
b = Loud("b")
print("end of script")
