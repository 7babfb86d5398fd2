# format() of floats with every presentation type
vals = [0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1e21, 123456789012345678.0, float("inf"), float("nan")]
for v in vals:
    print(format(v, ""), format(v, "f"), format(v, ".3e"), format(v, "g"), format(v, ".3g"), format(v, "%"), format(v, ".2"), format(v, "10.2f"), format(v, "<12g") + "|")
print(format(1e16, "r") if False else format(1e16, ".0f"))
print(format(0.5, ".0%"), format(1/3, ".10f"), format(2/3, ".15g"), format(1e-300, ".3e"))
print(format(123.456, "+.1f"), format(123.456, " .1f"), format(-123.456, "010.2f"), format(123.456, ",.2f"))
print(format(1234567.0, "_.1f"), format(1e6, "G"), format(1e-6, "G"), format(1.5, "#g"), format(10.0, "#.3g"))
print(format(1.0, "e"), format(0.0001, "n"), format(12345.0, ".2n"), format(5.0, "z.1f") if False else "")
