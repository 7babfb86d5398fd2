# f-strings with format specs: width, fill, align, sign, precision, types, nested specs, conversions.
x = 3.14159
n = 1234567
s = "text"
print(f"[{x:10.3f}] [{x:<10.2f}] [{x:^10.1f}] [{x:>+10.4f}]")
print(f"[{n:,}] [{n:_}] [{n:_x}] [{n:#x}] [{n:#o}] [{n:#b}] [{n:X}]")
print(f"[{n:e}] [{n:.2e}] [{n:g}] [{x:%}] [{0.25:.1%}]")
print(f"[{s:*^12}] [{s:->8}] [{s:.2}] [{s!r:>10}] [{s!a}] [{s!s}]")
print(f"[{-42:05d}] [{42:+d}] [{42: d}] [{-42: d}] [{42:=+8}] [{-3.5:=10.2f}]")
width, prec = 12, 3
print(f"[{x:{width}.{prec}f}] [{x:{'>'}{width}}] [{n:{','}}]")
print(f"{'nested ' + f'{1+1}'}")
print(f"{{literal braces}} {n!r:>{width}}")
print(f"{3 + 4 = }", f"{x=:.2f}", f"{s = !r}", f"{ n = :,}")
items = {"a": 1}
print(f"{items['a']} {items!r} {len(items)=}")
print(f"{'é':^5}|{'日本':>4}|")
print(f"{True:d} {True} {None!r:>6} {1e100:.3g} {1.5e-7:g} {123456789.0:g}")
print(f"{0:c}{65:c}{0x1F600:c}" == "\0A\U0001F600")
print(f"{12.0:n} {1234.5678:.6n} {-0.0:f} {float('inf'):10} {float('nan'):+}")
