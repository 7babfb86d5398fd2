# order of __del__ calls
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
b = D("b")
a = None
print("rebound a")
lst = [D("x"), D("y"), D("z")]
del lst
print("deleted list")
d = {"k1": D("v1"), "k2": D("v2")}
d.clear()
print("cleared dict")
def scope():
    local = D("local")
    print("leaving scope")
scope()
print("after scope")
t = (D("t1"), D("t2"))
t = None
holder = D("holder")
holder.child = D("child")
del holder
print("end")
