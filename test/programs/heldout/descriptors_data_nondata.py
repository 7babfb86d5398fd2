# data vs non-data descriptors and lookup precedence
class NonData:
    def __get__(self, obj, owner):
        return "nondata from " + (type(obj).__name__ if obj is not None else "class")
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, v):
        print("Data.__set__", v)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, C.nd, c.d, C.d)
c.__dict__["nd"] = "instance wins"
c.__dict__["d"] = "instance loses"
print(c.nd, c.d)
c.d = 5
print(c.__dict__)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class K:
    @Method
    def hello(self, x):
        return f"hello {x} from {type(self).__name__}"
print(K().hello(1), type(K.hello).__name__)
def plain(self):
    return "bound to " + type(self).__name__
bound = plain.__get__(K(), K)
print(bound(), type(bound).__name__, bound.__func__ is plain)
class Ro:
    def __get__(self, o, t): return 1
    def __delete__(self, o): print("Ro.__delete__")
class W:
    r = Ro()
w = W()
del w.r
try:
    w.r = 5
except AttributeError as e:
    print("AttributeError:", e)
