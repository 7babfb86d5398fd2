# __repr__/__str__/__format__ fallbacks, default object repr shape, and errors from bad return types.
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class ReprOnly:
    def __repr__(self): return "ReprOnly-repr"
class StrOnly:
    def __str__(self): return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(r), [b, r], f"{b} {b!r} {r}", "%s %r" % (b, b), format(b), format(r))
print(repr(s).startswith("<__main__.StrOnly object at 0x"), str(s), [s][0] is s)
print(object().__str__().startswith("<object object at"), repr(Both)[:8], str(int), repr(ReprOnly.__repr__).split(" at ")[0])
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadFmt:
    def __format__(self, spec): return 1
try:
    format(BadFmt(), "")
except TypeError as e:
    print(e)
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return format(self.v, spec)
m = Money(1234.5)
print(f"{m:usd} {m:.1f} {m:>10}|", "{:usd}".format(m), format(m, ""))
class Sub(int):
    def __repr__(self): return "Sub!"
print(Sub(5), str(Sub(5)), f"{Sub(5)}", f"{Sub(5)!r}", "%d %s %r" % (Sub(5), Sub(5), Sub(5)))
class SubStr(str):
    def __str__(self): return "custom"
print(SubStr("base"), str(SubStr("base")), f"{SubStr('base')}", "%s" % SubStr("base"), SubStr("base") + "!")
