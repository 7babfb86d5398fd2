# str.format edge cases: nesting, attribute/index access, format_map, conversions
class P:
    x = [10, 20]
    name = "pt"
    def __format__(self, spec):
        return f"P<{spec}>"
p = P()
print("{0.x[1]} {0.name!r} {0:abc}".format(p), "{p.x[0]:>5}".format(p=p))
print("{0[a]} {0[b][1]}".format({"a": 1, "b": [2, 3]}), "{[0]}".format([7]))
print("{:{}{}}".format("x", ">", 5), "{:{fill}^{w}}".format("m", fill="-", w=7))
print("{!r:^10}|{!s:>5}|{!a}".format("é", 12, "ü"))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{name} is {age}".format_map(Default(name="Al")))
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{x}".format()
except KeyError as e:
    print("KeyError", e)
try:
    "{0.nope}".format(1)
except AttributeError as e:
    print(e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(e)
try:
    "{!x}".format(1)
except ValueError as e:
    print(e)
print("{{}} {{{0}}}".format(5), "{}".format({"k": "v"}), "{:}".format(3), "{0!s}".format(b"b"))
print("%(x)s %(x)r" % {"x": "y"}, "%s" % {"k": 1}, "%-6.2f|" % 3.14159, "%06.2f" % -3.14159)
