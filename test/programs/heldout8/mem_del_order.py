# __del__ timing under reference counting: del, rebinding, container clearing, function exit, and nested ownership.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Noisy("a")
print("before del a")
del a
print("after del a")
b = Noisy("b1")
b = Noisy("b2")
print("rebound b")
lst = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
lst.clear()
print("cleared list")
lst = [Noisy("m0"), Noisy("m1")]
lst = None
print("list dropped")
def scope():
    x = Noisy("local")
    y = Noisy("local2")
    print("leaving scope")
scope()
print("after scope")
class Owner:
    def __init__(self):
        self.part = Noisy("part")
    def __del__(self):
        print("del owner")
o = Owner()
del o
print("after owner")
d = {"k1": Noisy("dv1"), "k2": Noisy("dv2")}
del d["k2"]
d["k1"] = Noisy("dv3")
print("dict updates done")
t = (Noisy("t0"), Noisy("t1"))
del t
Noisy("temporary")
print("temporary gone")
x = Noisy("x")
y = x
del x
print("y still holds it")
y = 0
keep = Noisy("global at exit")
print("end")
