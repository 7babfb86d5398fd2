# __del__ call order for containers, frames and reassignment
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def scope():
    a = T("a")
    b = T("b")
    c = T("c")
    print("end of scope")
scope()
print("---")
lst = [T("x"), T("y")]
lst.pop()
print("popped")
lst = None
print("---")
d = {1: T("one"), 2: T("two")}
del d[1]
print("deleted key")
d = {}
print("---")
t = T("first")
t = T("second")
print("rebound")
del t
print("---")
holder = [T("inner")]
holder.append(T("later"))
holder.reverse()
del holder
print("---")
x = T("kept")
y = x
del x
print("still referenced")
del y
print("end")
