# format() of objects without __format__ overrides and the z flag (3.11)
for v, spec in [(None, ""), (None, "10"), ([1], ""), (object, ""), (len, "")]:
    try:
        print(repr(format(v, spec)))
    except TypeError as e:
        print("TypeError:", e)
class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain(), ""), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "<10")
except TypeError as e:
    print("TypeError:", e)
print(format(-0.0, "z.1f"), format(-0.0001, "z.2f"), format(0.0001, "z.2f"), f"{-0.00:z}", format(-1e-10, "z.3e"))
print(format(-0.0, ".1f"), format(-0.0, ""), format(-0.0, "g"), format(complex(-0.0, -0.0), "z.1f") if False else "")
for spec in ["z", "zd", "z.1%"]:
    try:
        print(spec, format(-0.004, spec) if spec != "zd" else format(-5, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
