# the format spec mini-language across types
specs = ["", "<8", ">8", "^8", "*^9", "+", "-", " ", "08", ",", "_", ".3", "8.2", "#x", "#o", "#b", "e", "E", "%", "g", "n"]
for value in [1234, -56, 3.14159, -0.001234, 1e21]:
    row = []
    for spec in specs:
        try:
            row.append(format(value, spec))
        except ValueError as e:
            row.append("ERR")
    print(repr(value), row)
for value in ["text", ""]:
    print([format(value, s) for s in ["", "<6", ">6", "^6", ".2", "x^7", "10.3"]])
print(format(True, ""), format(True, "d"), format(True, ">5"), format(False, "f"), format(None, ""), format(None, ">6") if False else "")
print(f"{12345:,d}", f"{12345.678:,.1f}", f"{-0.5:+.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{3+4j:.1f}", f"{-1j:>8}", f"{complex(1, -1):+.2e}", format(1.5 + 0j, ""))
print(f"{255:#010x}", f"{255:=+10}", f"{-255:=10}", f"{'left':<10}|", f"{'r':>3}", f"{1e-5:.2%}")
print(f"{123.456:z.1f}" if False else "", f"{-0.0:.1f}", f"{0.0:+.1f}", f"{-0.0001:.2f}")
