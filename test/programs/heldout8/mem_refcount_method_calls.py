# Refcounts of self and arguments during method calls, bound methods, and stored callbacks.
import sys
class Widget:
    def self_count(self):
        return sys.getrefcount(self)
    def arg_count(self, other):
        return sys.getrefcount(other)
    @classmethod
    def cls_count(cls):
        return sys.getrefcount(cls)
w = Widget()
base = sys.getrefcount(w)
print("outside:", base)
print("inside method:", w.self_count() - base)
bm = w.self_count
print("bound method stored:", sys.getrefcount(w) - base)
print("call through stored bound method:", bm() - base)
del bm
o = object()
ob = sys.getrefcount(o)
print("argument inside method:", w.arg_count(o) - ob)
print("argument via unbound function:", Widget.arg_count(w, o) - ob)
callbacks = [w.self_count for _ in range(3)]
print("three bound methods:", sys.getrefcount(w) - base, callbacks[0] == callbacks[1], callbacks[0] is callbacks[1])
callbacks.clear()
print("released:", sys.getrefcount(w) - base)
cb = sys.getrefcount(Widget)
bcm = Widget.cls_count
print("bound classmethod holds class:", sys.getrefcount(Widget) - cb)
del bcm
print("list.append bound method holds list:", end=" ")
l = []
lb = sys.getrefcount(l)
app = l.append
print(sys.getrefcount(l) - lb)
app(o)
print("appended via bound builtin:", sys.getrefcount(o) - ob)
del app
print("freed:", sys.getrefcount(l) - lb)
