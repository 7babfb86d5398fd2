# Nested replacement fields in format specs: {x:>{w}} and {v:{w}.{p}f}.
w, p = 10, 3
for word in ("a", "abc", "abcdef"):
    print(f"|{word:>{w}}|{word:<{w - 4}}|")
v = 2.718281828
print(f"[{v:{w}.{p}f}]")
fmt = ">8"
print(f"[{'right':{fmt}}]")
table = [("apple", 1.5), ("kiwi", 12.25)]
width = max(len(n) for n, _ in table)
for name, price in table:
    print(f"{name:<{width}} {price:>6.2f}")
print(f"{'{'}literal braces{'}'} {{doubled}}")
