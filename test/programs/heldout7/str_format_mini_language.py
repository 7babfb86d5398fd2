# str.format: positional/keyword/indexed/attribute fields, nested specs, conversions, errors.
class P:
    x, y = 3, 4
    def __repr__(self):
        return "P()"
print("{} {} {}".format(1, "a", None), "{1}{0}{1}".format("a", "b"), "{name}-{0}".format(9, name="n"))
print("{0[1]} {0[key]} {1.x} {1.y!r} {1!r} {1!s:>6}".format({1: "one", "key": "v"}, P()))
print("{:>{w}.{p}f}|{:{fill}{align}10}".format(3.14159, "c", w=10, p=2, fill="*", align="^"))
print("{0:{1}}".format(42, "08b"), "{:{}}".format("s", 5) + "|", "{!a}".format("ü"))
print("{{}} {{{}}}".format("x"), "{:,}".format(10**9), "{:%}".format(0.5), "{0:.^9}".format("mid"))
data = [1, 2, 3]
print("{d[0]}{d[2]}".format(d=data), "{0.real}".format(1 + 2j), "{.imag}".format(3j))
fmts = ["{", "}", "{0", "{0!}", "{0!x}", "{:d}", "{1}", "{x}", "{0[}", "{0.}", "{}{0}", "{0}{}", "{!r:}"]
for f in fmts:
    try:
        print(repr(f), "->", repr(f.format("s")))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(f), "->", type(e).__name__, e)
print("{0:{1}{2}}".format(5, "<", 4) + "|", format("abc", "<5") + "|", format("abc", "5") + "|", format(5, "5") + "|")
print("{0:=^20,.3f}".format(1234.5), "{:#b}".format(5), "{:c}".format(9731), "{:>+08.2f}".format(-1.5))
print("Name: {n:<8} Age: {a:>3}".format_map({"n": "Bob", "a": 7}))
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a} {b}".format_map(Missing(a=1)))
