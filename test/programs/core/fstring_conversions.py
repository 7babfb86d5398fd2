# f-string !r, !s, !a conversions and the = specifier.
name = "Zoë"
value = 3.5
items = ["a", 'b"']
print(f"{name} {name!r} {name!s} {name!a}")
print(f"{items} {items!r}")
print(f"{value=} {name=} {value * 2=}")
print(f"{value = }")
print(f"{name=!s} {value=:.3f}")
x = 10
print(f"{x+1=}", f"{'quoted'!r:>12}")
