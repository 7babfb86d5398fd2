# repr/ascii/str of builtin values including escapes, recursion, and format() with __format__.
vals = ["it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\\", "\x00\x7f\x80\xff", "é ü ß", "\u200b\ud7ff", "😀", "\U0010ffff"]
for v in vals:
    print(repr(v), ascii(v))
print(repr(b"\x00'\"\\\n\x7f\x80"), repr(b"it's"), repr(b'"q"'), repr(b"'\""))
print(repr(1.0), repr(1e16), repr(1e-5), repr(0.1 + 0.2), repr(-0.0), repr(1e22), repr(123456789012345678.0))
print(repr([1, "a", None]), repr((1,)), repr(()), repr({1: "x"}), repr(set()), repr(frozenset()), repr({1}))
l = [1]
l.append(l)
d = {}
d["self"] = d
print(repr(l), repr(d))
print(str(b"x"), str(1j), str(-1j), repr(complex(1, -0.0)), repr(complex(0, 0)), repr(-(0j)))
print(repr(range(3)), repr(range(1, 10, 2)), repr(slice(1, None)), repr(Ellipsis), repr(NotImplemented))
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
    def __repr__(self):
        return "F()"
print(format(F(), "xyz"), f"{F():abc}", f"{F()!r}", "{0:q}".format(F()))
print(format(255, "x"), format(3.5), format("s"), format(None), format([1, 2]))
try:
    format(object(), "x")
except TypeError as e:
    print(e)
print(str(), repr(str()), bytes(), repr(type), repr(int), repr(len))
