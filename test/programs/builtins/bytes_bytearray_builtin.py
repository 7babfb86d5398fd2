# bytes() and bytearray() constructors.
print(bytes(3), bytes([65, 66, 67]), bytes("hé", "utf-8"), bytes(b"x"), bytes())
print(bytearray(2), bytearray(b"ab"), bytearray([1, 2]), bytearray("abc", "ascii"))
for bad in (lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(-1), lambda: bytes([1.5])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
