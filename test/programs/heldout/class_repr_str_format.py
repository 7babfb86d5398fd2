# __repr__, __str__, __format__, default reprs
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "OnlyStr-str"
for o in [Both(), OnlyRepr()]:
    print(o, str(o), repr(o), [o], f"{o}", f"{o!r}", "%s %r" % (o, o), format(o))
print(str(OnlyStr()), [OnlyStr()] != None)
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return str(self.v)
        return "$" + format(self.v, spec)
m = Money(3.5)
print(f"{m}", f"{m:.2f}", format(m, ">8"), "{:,.1f}".format(Money(1234.5)))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __init__(self): self.me = [self]
    def __repr__(self): return f"Rec({self.me!r})"
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)
print(repr(Both), repr(int), repr(type), str(len), repr(print))
