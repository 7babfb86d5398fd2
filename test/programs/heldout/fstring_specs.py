# f-strings with format specs, conversions, nesting, expressions
x = 42
pi = 3.14159265
name = "world"
print(f"{x}", f"{x:5}|", f"{x:<5}|", f"{x:^7}|", f"{x:05}", f"{x:x}", f"{x:#b}")
print(f"{pi:.2f}", f"{pi:10.4f}|", f"{pi:e}", f"{pi:g}", f"{pi*100:.0f}")
print(f"hello {name!r}", f"{name!s:>8}", f"{name.upper()}", f"{name[::-1]}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|", f"{'nested':{'>'}{width}}")
d = {"a": 1}
print(f"{d['a']}", f"{[1,2,3][1]}", f"{len(d)}", f"{x if x > 10 else 0}")
print(f"{x=}", f"{pi=:.2f}", f"{name = }")
print(f"{{braces}}", f"{'{'}", f"a{''}b")
print(f"{1_000_000:,}", f"{1234.5:,.2f}", f"{0.25:%}", f"{0.256:.1%}")
print(f"{-5:+}", f"{5:+}", f"{3: }", f"{-0.0:.1f}")
print(f"{'abc':.2}", f"{'abc':*<6}", f"{255:08b}", f"{255:_b}")
items = ["a", "bb", "ccc"]
print(f"{', '.join(items)}", f"{len(items) * 2}")
print(f"{(lambda v: v * 2)(4)}", f"{[i*i for i in range(4)]}")
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
print(f"{C()}", f"{C():xyz}", format(C(), "q"))
print(f"{3+4j}", f"{1e300*10}", f"{float('nan')}")
print(f"{'multi'}" f"{'part'}" "plain")
print(f"{x!r:>6}|")
