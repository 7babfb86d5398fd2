# format() builtin with various specs
print(format(123), format(123, "d"), format(123, "10d"), format(123, "<10d") + "|", format(123, "^10") + "|")
print(format(-123, "+"), format(123, "+"), format(123, " "), format(-42, "=10"), format(42, "x<6"))
print(format(1234567, ","), format(1234567, "_"), format(-1234567.891, ",.2f"), format(0, ","))
print(format("text", ""), format("text", "10"), format("text", ">10"), format("text", ".2"), format("text", "*^9"))
print(format(3.0), format(3.0, ".0f"), format(1 / 3, ".5"), format(10 ** 16 / 3, ""), format(1e-4, ".1e"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format((1,), ""))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(-255, "#X"), format(255, "#010b"))
for spec in ["q", ".2d", "=s", ",s", "#s"]:
    for v in [1, "s"]:
        try:
            print(spec, repr(v), format(v, spec))
        except ValueError as e:
            print(spec, repr(v), "ValueError:", e)
print(format(12345.6789, "e"), format(12345.6789, "E"), format(0.000012, "g"), format(123456789, "g"))
print(format(2 ** 64, ","), format(-(2 ** 64), "_x"), format(10 ** 25, "e"))
