# getattr/setattr/delattr/hasattr with defaults, dynamic names, and vars()/dir() basics.
class P:
    kind = "class attr"
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "kind"), getattr(p, "missing", "dflt"))
setattr(p, "y", 2)
setattr(p, "with space", 3)
print(vars(p), p.y, getattr(p, "with space"))
delattr(p, "y")
print(hasattr(p, "y"), hasattr(p, "x"), hasattr(P, "x"), hasattr(P, "kind"))
try:
    getattr(p, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(p, 5)
except TypeError as e:
    print(e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print(e)
try:
    setattr(object(), "a", 1)
except AttributeError as e:
    print(e)
try:
    getattr(P, "zz")
except AttributeError as e:
    print(e)
try:
    (5).imag = 3
except AttributeError as e:
    print(e)
class G:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")
g = G()
print(g.auto_hello, getattr(g, "auto_x"), hasattr(g, "other"))
print([n for n in dir(p) if not n.startswith("__")])
print(sorted(k for k in vars(P) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(e)
print(getattr(str, "upper")("abc"), getattr([1, 2], "__len__")())
