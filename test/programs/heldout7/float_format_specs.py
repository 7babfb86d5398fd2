# float formatting: f/e/g/%/n types, precision, '#', alternate forms, rounding at half, specials.
vals = [0.0, -0.0, 1.0, 0.5, 1.25, 2.675, 1234.5678, 1e-7, 1.5e300, 123456789.0, -0.000123456]
for v in vals:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:#g}|{v:%}|{v}")
for p in range(0, 8):
    print(p, f"{1/7:.{p}f}", f"{1/7:.{p}e}", f"{1/7:.{p}g}", f"{123.456:.{p}g}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f} {1.0:.0e}")
print(f"{1e16:g} {1e15:g} {1e-4:g} {1e-5:g} {1234567.0:g} {123456.0:g}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):%} {float('nan'):F} {float('inf'):E}")
print(f"{3.0:#.0f} {3.0:#.0e} {3.0:#g} {0.0001:#.2g}")
print(f"{1.5:10.2f}|{1.5:<10.2f}|{1.5:^10.2f}|{-1.5:010.2f}|{1.5:+.1f}|{1.5: .1f}")
print(format(1e100, ".1f")[:20], len(format(1e100, "f")), format(2**0.5, ".20f"))
print("%.3f %10.2e %-8.1g| %G %E %F" % (3.14159, 12345.678, 0.000012, 1e-20, 1.5, 2.5))
print(f"{12.5:.1f} {13.5:.1f} {0.05:.1f} {0.15:.1f} {0.25:.1f} {0.35:.1f}")
print(str(1.0), repr(100.0), f"{100.0}", f"{1e20}", f"{1.0:}", f"{1e20:}", format(1e-10), format(0.0001))
