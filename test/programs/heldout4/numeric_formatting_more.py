# numeric formatting: rounding, precision, grouping, alternate forms
vals = [0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1234.5678, 1e-5, 1e20, 123456789012]
print([f"{v:.0f}" for v in vals])
print([f"{v:,.2f}" for v in vals])
print([f"{v:#.0f}" for v in vals[:5]])
print([f"{v:.3g}" for v in vals])
print([f"{v:#.3g}" for v in vals])
print([f"{v:10.2e}" for v in vals[:4]])
print([f"{v:_}" for v in [1000, 1000000, 12345678901234567890]], [f"{v:_b}" for v in [255, 1023]])
print(f"{1e100:.0f}"[:20], len(f"{1e100:.0f}"), f"{2**0.5:.50f}", f"{0.1:.30f}")
print(f"{123:+08d}", f"{-123:08d}", f"{123:^+9}", f"{3.5:=+10.2f}", f"{-3.5:0=10.2f}", f"{1:%}")
print(round(2.675, 2), f"{2.675:.2f}", round(1.125, 2), f"{1.125:.2f}", round(-0.5), f"{-0.5:.0f}")
print("%.3f %.0e %#x %#o %+i" % (2 / 3, 12345, 255, 8, 5), "%10.4f|%-10.2e|" % (3.14159, 31415.9))
print(float("1.23456789012345678"), 1.23456789012345678 == 1.2345678901234568, repr(0.1 + 0.2), str(1 / 3))
