# Formatting ints with grouping separators, widths, signs, bases, and the '=' alignment.
for n in [0, 7, 1234, -1234, 1234567, -9876543210, 10**20]:
    print(f"{n:,} | {n:_} | {n:>15,} | {n:<15_} | {n:^+15,} | {n:015,} | {n:=+15,}")
print(f"{0xDEADBEEF:_x} {0xDEADBEEF:_X} {255:_b} {8**9:_o} {0xDEADBEEF:#_x}")
print(format(1234567, ","), format(-1234567, "_"), format(12345, "010,"), format(12345, "08_"))
print("{:,}".format(10**12), "{:>20,d}".format(-10**12), "{:#,}".format(10**6))
print(f"{1234:n}", f"{1234.5:,.2f}", f"{-1234567.891:_.1f}", f"{1e10:,.0f}", f"{0.5:,}")
print(f"{12:#06x} {12:#06o} {12:#06b} {-12:#06x} {12:+#x}")
print(f"{42:c} {42:d} {42:e} {42:f} {42:g} {42:%}")
for spec in ["x,", ",x", "_,", ",_", "s", ".2d", "=s"]:
    try:
        print(spec, format(12345, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print(e)
print(format(True, ","), format(False, "x"), format(True, "5"), format(True, ""))
print(f"{10**30:e}", f"{10**30:.3e}", f"{-10**30:g}", f"{2**100:,d}")
