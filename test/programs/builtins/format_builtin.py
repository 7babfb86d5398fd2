# format() with format specs, and __format__ on a class.
print(format(3.14159, ".2f"), format(42, "08d"), format(255, "x"), format("s", ">4"))
print(format(1234567.891, ",.2f"), format(0.25, "%"), format(12, "b"), format(12))
print(repr(format("text")), format(True), format(True, "d"), format(None))
class Money:
    def __format__(self, spec):
        return f"${spec or 'plain'}"
print(format(Money(), "wide"), f"{Money()}", "{:x}".format(Money()))
try:
    format(1, "z")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
