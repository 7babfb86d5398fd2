# mixing %, format and f-strings with tricky values
for v in [0, -0.0, 1e-7, 123456789, 2 ** 70, 1.5, "s", None, True, [1], (1,), {"a": 1}]:
    print("%s|%r" % (v, v), "{}|{!r}".format(v, v), f"{v}|{v!r}")
for v in [3.14159, -2.5, 1e10, 1/3]:
    print("%.2f %10.3e %-8g|" % (v, v, v), "{:.2f} {:10.3e} {:<8g}|".format(v, v, v), f"{v:.2f} {v:10.3e} {v:<8g}|")
for v in [42, -42, 255, 0]:
    print("%5d %-5d| %x %o" % (v, v, v, v), "{:5d} {:<5d}| {:x} {:o}".format(v, v, v, v), f"{v:+5d} {v:#x} {v:#o} {v:08b}")
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25}, "{a}-{b:05.1f}".format(a="x", b=2.25))
print("%-10s|%10s|" % ("left", "right"), "{:-<10}|{:->10}|".format("left", "right"))
print("%c%c%c" % (72, 105, 33), "{:c}{:c}".format(72, 105), f"{72:c}")
print("100%% sure", "{}%".format(100), f"{100}%", "%.0f%%" % 99.5, "{:.0%}".format(0.995))
print("%s and %s" % ("a", "b"), "%s" % ["a", "b"], "%s%s" % tuple("ab"))
print("{0}{1}{0}".format("x", "y"), "{:^{w}}".format("c", w=7) + "|", f"{'c':^{3+4}}|")
print("%e" % 0, "%g" % 0, "%.3g" % 1234567, "%.3g" % 0.000012345, "%#.3g" % 1)
print("{:e}".format(1e-10), "{:.1e}".format(9.96), "{:g}".format(1e-5), "{:g}".format(123456.7), "{:G}".format(1e100))
