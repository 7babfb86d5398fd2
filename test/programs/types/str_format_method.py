# str.format with positional, named, attribute, index fields and conversions.
class P:
    x = 3
    y = [10, 20]
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bo", age=4), "{0}{0}{1}".format("x", "y"))
print("{p.x} {p.y[1]} {d[key]} {l[0]}".format(p=P, d={"key": "v"}, l=[7]))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:>6}|{:^6}|{:<6}|".format(1, 2, 3))
print("{0:.3f} {0:e} {1:,}".format(1234.5678, 10 ** 6), "{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2))
for bad in ("{} {}".format, "{0} {}".format, "{x}".format):
    try:
        bad("only")
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
