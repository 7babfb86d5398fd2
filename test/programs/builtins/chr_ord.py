# chr and ord, including non-ASCII and errors.
print(ord("A"), ord("a"), ord("0"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(233), chr(8364), chr(128512), repr(chr(10)))
print("".join(chr(c) for c in range(ord("a"), ord("f"))))
for bad in (lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: ord(65)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
