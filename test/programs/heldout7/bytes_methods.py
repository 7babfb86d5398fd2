# bytes methods: split/join/strip/find/replace/case/predicates, indexing returns ints, and errors.
b = b"  Hello, World! 123  "
print(b.strip(), b.lstrip(), b.rstrip(b" 3"), b.split(), b.split(b","), b.upper(), b.lower(), b.swapcase())
print(b[2], b[2:7], b[-1], list(b[:3]), b.find(b"World"), b.count(b"l"), b.index(b"!"), b.rfind(b"l"))
print(b.replace(b"l", b"L", 2), b.title(), b"abc".capitalize(), b"ab".center(6, b"*"), b"7".zfill(3))
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b"  ".isspace(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"a,b".partition(b","), b"a\nb\r\nc".splitlines(), b"-".join([b"x", b"y"]), b"x" * 3, b"ab" + b"cd")
print(b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")), 104 in b"hello", b"ll" in b"hello")
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(b"%s=%d %x %r" % (b"k", 5, 255, b"v"), b"%5s|%-5s|" % (b"a", b"b"), b"%c%c" % (65, b"B"))
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    b"abc" + "d"
except TypeError as e:
    print(e)
try:
    "d" in b"abc"
except TypeError as e:
    print(e)
try:
    300 in b"abc"
except ValueError as e:
    print(e)
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
print(b"abc".removeprefix(b"a"), b"a\tb".expandtabs(4), b"abc".ljust(5, b"."), b"ABC".translate(None, b"B"))
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128, 255])), b"\x00".decode(), bytes.fromhex("41 42"), b"AB".hex(":"))
print(b"one two  three".split(b" "), b"one two  three".rsplit(None, 1), b"aXbXc".split(b"X", 1), sorted(b"cab"))
